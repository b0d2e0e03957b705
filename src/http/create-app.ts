import { LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule, AppOptions } from '../app.module';
import { AppConfig } from '../config/app-config';
import { LOG_LEVELS } from '../config/env.schema';
import { configureApp } from './configure-app';

/** LOG_LEVEL names the quietest level still shown. */
export function logLevelsFor(config: AppConfig): LogLevel[] {
  return LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(config.logLevel) + 1) as LogLevel[];
}

export async function createApp(
  config: AppConfig,
  options: AppOptions = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, options), {
    bodyParser: false,
    logger: logLevelsFor(config),
    abortOnError: false,
  });
  configureApp(app);
  return app;
}
