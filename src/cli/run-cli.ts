import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { AppConfig, ConfigError } from '../config/app-config';
import { dataSourceOptions, openDataSource } from '../infra/db/data-source-options';

/** Thrown for a wrong invocation: printed with the usage, exit code 2. */
export class UsageError extends Error {}

export interface CliContext {
  config: AppConfig;
  dataSource: () => Promise<DataSource>;
}

/**
 * Runs a CLI command with validated config and a migrated database, and turns
 * every expected failure into one readable line and an exit code.
 */
export async function runCli(
  usage: string,
  command: (context: CliContext) => Promise<void>,
): Promise<void> {
  let dataSource: DataSource | undefined;
  try {
    const config = AppConfig.fromEnv(process.env);
    await command({
      config,
      dataSource: async () => {
        dataSource = await openDataSource(dataSourceOptions(config.database));
        await dataSource.runMigrations();
        return dataSource;
      },
    });
  } catch (error) {
    process.exitCode = error instanceof UsageError ? 2 : 1;
    if (error instanceof ConfigError) {
      for (const problem of error.problems)
        process.stderr.write(`Invalid configuration: ${problem}\n`);
    } else if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n\n${usage}\n`);
    } else {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    }
  } finally {
    if (dataSource?.isInitialized) await dataSource.destroy();
  }
}
