import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppModule } from '../src/app.module';
import { AppConfig } from '../src/config/app-config';
import { configureApp, openApiConfig } from '../src/http/configure-app';

/**
 * Writes openapi.json: the document the service serves at /api/docs-json. The app is built
 * in preview mode (controllers and their metadata, no providers), so no database, bot or
 * network is needed; a test fails when the committed file and the served document differ.
 */
async function main(): Promise<void> {
  const config = AppConfig.fromEnv({ BOT_ENABLED: 'false' });
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, { scheduler: false }),
    { preview: true, logger: false, bodyParser: false },
  );
  configureApp(app);
  const document = SwaggerModule.createDocument(app, openApiConfig());
  const path = join(__dirname, '..', 'openapi.json');
  writeFileSync(path, `${JSON.stringify(document, null, 2)}\n`);
  process.stdout.write(`Wrote ${path}: ${Object.keys(document.paths).length} paths\n`);
  await app.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`openapi: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
