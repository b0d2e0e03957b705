import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { DataSource } from 'typeorm';
import { DatabaseTarget, parseDatabaseUrl } from '../../src/config/database-url';
import { dataSourceOptions, openDataSource } from '../../src/infra/db/data-source-options';

/**
 * A fresh, empty database for one suite: a temp SQLite file, or, when
 * TEST_DATABASE_URL is set, a new database on that MySQL/MariaDB server.
 */
export interface TestDatabase {
  target: DatabaseTarget;
  /** The same database as a DATABASE_URL value. */
  url: string;
  drop(): Promise<void>;
}

export const testEngine = (): string =>
  process.env.TEST_DATABASE_URL ? parseDatabaseUrl(process.env.TEST_DATABASE_URL).type : 'sqlite';

export async function createTestDatabase(): Promise<TestDatabase> {
  const suffix = `${process.env.JEST_WORKER_ID ?? '0'}_${randomBytes(4).toString('hex')}`;
  const base = process.env.TEST_DATABASE_URL;
  if (!base) {
    const path = join(tmpdir(), `spaced-coach-test-${suffix}`, 'db.sqlite');
    return {
      target: { type: 'sqlite', path },
      url: `sqlite:${path}`,
      drop: async () => rmSync(join(path, '..'), { recursive: true, force: true }),
    };
  }
  const server = parseDatabaseUrl(base);
  if (server.type === 'sqlite') throw new Error('TEST_DATABASE_URL must be mysql:// or mariadb://');
  const name = `${server.database}_${suffix}`;
  const admin = new URL(base);
  admin.pathname = '/';
  const run = async (sql: string) => {
    const connection = await createConnection({
      uri: admin.toString().replace(/^mariadb:/, 'mysql:'),
    });
    try {
      await connection.query(sql);
    } finally {
      await connection.end();
    }
  };
  await run(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    target: parseDatabaseUrl(url.toString()),
    url: url.toString(),
    drop: () => run(`DROP DATABASE IF EXISTS \`${name}\``),
  };
}

/** An initialised, migrated DataSource on a fresh test database. */
export async function createMigratedDataSource(): Promise<{
  dataSource: DataSource;
  db: TestDatabase;
}> {
  const db = await createTestDatabase();
  const dataSource = await openDataSource(dataSourceOptions(db.target));
  await dataSource.runMigrations();
  return { dataSource, db };
}

export async function closeTestDataSource(dataSource: DataSource, db: TestDatabase): Promise<void> {
  if (dataSource.isInitialized) await dataSource.destroy();
  await db.drop();
}
