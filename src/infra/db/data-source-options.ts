import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource, DataSourceOptions } from 'typeorm';
import { migrations } from '../../../migrations';
import { DatabaseTarget } from '../../config/database-url';
import { entities } from './entities';

/** TypeORM options for either engine; schema changes come only from migrations. */
export function dataSourceOptions(target: DatabaseTarget): DataSourceOptions {
  const common = {
    entities,
    migrations,
    synchronize: false,
    migrationsTransactionMode: 'each',
  } as const;
  if (target.type === 'sqlite') {
    if (target.path !== ':memory:') mkdirSync(dirname(target.path), { recursive: true });
    return {
      ...common,
      type: 'better-sqlite3',
      database: target.path,
      enableWAL: true,
      // Room for every statement the service runs (TypeORM's default is 100).
      statementCacheSize: 1000,
      prepareDatabase: (db: { pragma(source: string): unknown }) => {
        // Writers queue instead of failing at once while another connection holds the lock.
        db.pragma('busy_timeout = 5000');
        // In WAL mode NORMAL is crash-safe for the application; only a power cut can lose
        // the last commits, and a commit no longer waits for the disk.
        db.pragma('synchronous = NORMAL');
        // Deleted and overwritten content is zeroed in the file, so an erased person's name
        // does not linger in a free page (SPEC §10: erasure is real).
        db.pragma('secure_delete = ON');
      },
    };
  }
  return {
    ...common,
    type: target.type,
    url: target.url,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    // Several statements per query let a unit send its held-back writes in one round trip
    // (Database.write). Every value the service sends is bound, never written into SQL text.
    // No `trace`: mysql2 would capture a stack for every query, some 0.4 ms of CPU per answer;
    // a failed query still names its statement (QueryFailedError).
    extra: { connectionLimit: 10, multipleStatements: true, trace: false },
  };
}

/**
 * An initialised DataSource. Concurrent units of work are safe on SQLite only through
 * runTransaction and Database, which take turns at its gate (turn-gate.ts).
 */
export function openDataSource(options: DataSourceOptions): Promise<DataSource> {
  return new DataSource(options).initialize();
}
