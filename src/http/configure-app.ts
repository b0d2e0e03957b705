import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { ApiExceptionFilter } from './api-exception.filter';
import { serveDashboard } from './dashboard-static';
import { validationPipe } from './validation';

export const JSON_BODY_LIMIT = '1mb';
/** A bulk enrolment of 5,000 learners as CSV, with room for long names; JSON stays at 1 MB. */
export const CSV_BODY_LIMIT = '5mb';

/** Everything HTTP-wide, shared by `npm start` and the e2e tests. */
export function configureApp(app: NestExpressApplication): INestApplication {
  app.setGlobalPrefix('api/v1');
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT });
  app.useBodyParser('text', { type: 'text/csv', limit: CSV_BODY_LIMIT });
  app.useGlobalPipes(validationPipe());
  app.useGlobalFilters(new ApiExceptionFilter());
  app.set('trust proxy', 'loopback');
  app.enableShutdownHooks();
  serveDashboard(app);

  const document = SwaggerModule.createDocument(app, openApiConfig());
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return app;
}

export const openApiConfig = () =>
  new DocumentBuilder()
    .setTitle('spaced-coach admin API')
    .setDescription('Cohorts, learners, courses and progress for HR and trainers.')
    .setVersion('1')
    .addBearerAuth({
      type: 'http',
      scheme: 'bearer',
      // Swagger UI shows this as the token's kind; without it @nestjs/swagger says JWT.
      bearerFormat: 'sck_… API key',
      description: 'An API key (`sck_…`) from `npm run cli -- apikey:create`, or ADMIN_API_KEY',
    })
    .build();
