import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { AppConfig, ConfigError } from './config/app-config';
import { createApp } from './http/create-app';

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = AppConfig.fromEnv(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const problem of error.problems)
      process.stderr.write(`Invalid configuration: ${problem}\n`);
    process.exit(1);
  }
  const app = await createApp(config);
  await app.listen(config.port);
  new Logger('Main').log(`Serving on http://localhost:${config.port}/api/v1 (docs at /api/docs)`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `spaced-coach could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
