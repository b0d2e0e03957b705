import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Connection, createConnection } from 'mysql2/promise';
import { parseDatabaseUrl } from '../../src/config/database-url';

export type Engine = 'sqlite' | 'mariadb';

/** The part of better-sqlite3 the bench uses (the package ships no types). */
interface SqliteStatement {
  reader: boolean;
  run(params: unknown[]): unknown;
  all(params: unknown[]): unknown[];
}
interface SqliteDriver {
  prepare(sql: string): SqliteStatement;
  pragma(source: string): unknown;
  transaction(work: () => void): () => void;
  close(): void;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Database = require('better-sqlite3') as new (path: string) => SqliteDriver;

/**
 * The database driver without TypeORM: what the bench seeds with, and the yardstick the
 * planner is measured against.
 */
export interface RawDatabase {
  engine: Engine;
  /** Inserts the rows in as few statements as the driver allows, in one transaction. */
  insert(table: string, columns: string[], rows: unknown[][]): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Creates `copy`: an empty table with the columns and indexes of `table`. */
  emptyCopy(table: string, copy: string): Promise<void>;
  /** A UTC time as the engine's DATETIME column stores it. */
  time(date: Date): string;
  close(): Promise<void>;
}

/** A fresh, empty database for one bench run, dropped again by `drop`. */
export interface BenchDatabase {
  engine: Engine;
  url: string;
  open(): Promise<RawDatabase>;
  drop(): Promise<void>;
}

export function freshSqlite(): BenchDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'spaced-coach-bench-'));
  const path = join(dir, 'bench.sqlite');
  return {
    engine: 'sqlite',
    url: `sqlite:${path}`,
    open: () => openRaw(`sqlite:${path}`),
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A new database next to the one BENCH_DATABASE_URL names, e.g. `sc_bench_1a2b3c4d`. */
export async function freshMariadb(serverUrl: string): Promise<BenchDatabase> {
  const target = parseDatabaseUrl(serverUrl);
  if (target.type === 'sqlite')
    throw new Error('BENCH_DATABASE_URL must be mysql:// or mariadb://');
  const name = `${target.database}_${randomBytes(4).toString('hex')}`;
  const admin = new URL(serverUrl.replace(/^mariadb:/, 'mysql:'));
  admin.pathname = '/';
  const run = async (sql: string) => {
    const connection = await createConnection({ uri: admin.toString() });
    try {
      await connection.query(sql);
    } finally {
      await connection.end();
    }
  };
  await run(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    engine: 'mariadb',
    url: url.toString(),
    open: () => openRaw(url.toString()),
    drop: () => run(`DROP DATABASE IF EXISTS \`${name}\``),
  };
}

/** The raw driver on the database a DATABASE_URL names. */
export async function openRaw(databaseUrl: string): Promise<RawDatabase> {
  const target = parseDatabaseUrl(databaseUrl);
  return target.type === 'sqlite' ? sqliteDatabase(target.path) : mariadbDatabase(databaseUrl);
}

function sqliteDatabase(path: string): RawDatabase {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  return {
    engine: 'sqlite',
    insert: async (table, columns, rows) => {
      const marks = columns.map(() => '?').join(', ');
      const statement = db.prepare(
        `INSERT INTO "${table}" (${columns.join(', ')}) VALUES (${marks})`,
      );
      db.transaction(() => {
        for (const row of rows) statement.run(row);
      })();
    },
    query: async <T>(sql: string, params: unknown[] = []) => {
      const statement = db.prepare(sql);
      return (statement.reader ? statement.all(params) : (statement.run(params), [])) as T[];
    },
    emptyCopy: async (table, copy) => {
      const objects = db
        .prepare('SELECT type, name, sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL')
        .all([table]) as Array<{ type: string; name: string; sql: string }>;
      for (const { type, name, sql } of objects) {
        let copied = sql.replace(`"${table}"`, `"${copy}"`);
        if (type === 'index') copied = copied.replace(`"${name}"`, `"${copy}_${name}"`);
        db.prepare(copied).run([]);
      }
    },
    // TypeORM's SQLite format: UTC text with milliseconds.
    time: (date) => date.toISOString().replace('T', ' ').replace('Z', ''),
    close: async () => void db.close(),
  };
}

// Rows per multi-row INSERT: ~2 MB of outbox bodies, well under MariaDB's 16 MB packet.
const ROWS_PER_STATEMENT = 2000;

async function mariadbDatabase(url: string): Promise<RawDatabase> {
  const connection: Connection = await createConnection({
    uri: url.replace(/^mariadb:/, 'mysql:'),
    timezone: 'Z',
  });
  return {
    engine: 'mariadb',
    insert: async (table, columns, rows) => {
      await connection.beginTransaction();
      for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
        await connection.query(`INSERT INTO \`${table}\` (${columns.join(', ')}) VALUES ?`, [
          rows.slice(i, i + ROWS_PER_STATEMENT),
        ]);
      }
      await connection.commit();
    },
    query: async <T>(sql: string, params: unknown[] = []) => {
      const [rows] = await connection.query(sql, params);
      return (Array.isArray(rows) ? rows : []) as T[];
    },
    emptyCopy: async (table, copy) => {
      await connection.query(`CREATE TABLE \`${copy}\` LIKE \`${table}\``);
    },
    time: (date) => date.toISOString().slice(0, 19).replace('T', ' '),
    close: () => connection.end(),
  };
}
