import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../../config/app-config';
import { Transactor } from '../../core/transactor';
import { Database, DatabaseTransactor } from './database';
import { dataSourceOptions, openDataSource } from './data-source-options';
import { repositoryBindings } from './repositories';

/**
 * The one DataSource, the Transactor and every repository port's implementation; pending
 * migrations run before the app serves anything.
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions(config.database),
        migrationsRun: true,
      }),
      dataSourceFactory: (options) => openDataSource(options!),
    }),
  ],
  providers: [
    Database,
    { provide: Transactor, useClass: DatabaseTransactor },
    ...repositoryBindings,
  ],
  exports: [Database, Transactor, ...repositoryBindings.map((binding) => binding.provide)],
})
export class DatabaseModule {}
