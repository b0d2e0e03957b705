import { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral, QueryRunner } from 'typeorm';
import type { Driver } from 'typeorm/driver/Driver';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

// 500 rows x up to 13 columns stays far below SQLite's 32,766 bound parameters.
const ROWS_PER_INSERT = 500;

/**
 * Multi-row INSERTs with `?` placeholders; returns how many rows went in. TypeORM's insert
 * builder names, checks and rewrites one parameter per value, which on a 500-row batch
 * costs more than the insert itself; values still go through the driver's own conversion
 * (dates, JSON). `orIgnore` skips rows that hit a unique key.
 */
export async function insertRows<T extends ObjectLiteral>(
  m: EntityManager,
  entity: EntityTarget<T>,
  rows: Array<Partial<T>>,
  options: { orIgnore?: boolean } = {},
): Promise<number> {
  const { driver } = m.connection;
  const metadata = m.connection.getMetadata(entity);
  const { columns, table, names, row } = insertShape(metadata, driver);
  const sqlite = m.connection.options.type === 'better-sqlite3';
  const ignore = options.orIgnore ? (sqlite ? 'OR IGNORE ' : 'IGNORE ') : '';
  const runner = transactionRunner(m, metadata.tableName);
  let inserted = 0;
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const chunk = rows.slice(i, i + ROWS_PER_INSERT);
    const values = chunk.flatMap((r) =>
      columns.map((c) => driver.preparePersistentValue(c.getEntityValue(r) ?? null, c)),
    );
    // The structured result carries the affected-row count on both drivers.
    const result = await runner.query(
      `INSERT ${ignore}INTO ${table} (${names}) VALUES ${chunk.map(() => row).join(', ')}`,
      values,
      true,
    );
    inserted += result.affected ?? 0;
  }
  return inserted;
}

/**
 * `UPDATE table SET ... WHERE id = ? [AND column = ? ...]` with placeholders, changing the row
 * only while it still holds `onlyIf`; returns how many rows changed. For the hot paths:
 * TypeORM's SQLite driver writes fractions (a card's stability and difficulty) into the SQL
 * text, so every card update would be a new statement to prepare.
 */
export async function updateById<T extends ObjectLiteral>(
  m: EntityManager,
  entity: EntityTarget<T>,
  id: number,
  values: Partial<T>,
  onlyIf: Partial<T> = {},
): Promise<number> {
  const { driver } = m.connection;
  const metadata = m.connection.getMetadata(entity);
  const update = updateShape(metadata, driver, Object.keys(values), Object.keys(onlyIf));
  const runner = transactionRunner(m, metadata.tableName);
  const result = await runner.query(
    update.sql,
    [
      ...update.columns.map((c) => driver.preparePersistentValue(c.getEntityValue(values), c)),
      id,
      ...update.onlyIf.map((c) => driver.preparePersistentValue(c.getEntityValue(onlyIf), c)),
    ],
    true,
  );
  return result.affected ?? 0;
}

/**
 * The statements' column lists and SQL are built once per entity (and per set of columns
 * for an update): answers write the same few shapes thousands of times.
 */
const inserts = new WeakMap<
  EntityMetadata,
  { columns: ColumnMetadata[]; table: string; names: string; row: string }
>();
const updates = new WeakMap<EntityMetadata, Map<string, UpdateShape>>();

interface UpdateShape {
  sql: string;
  columns: ColumnMetadata[];
  onlyIf: ColumnMetadata[];
}

function insertShape(metadata: EntityMetadata, driver: Driver) {
  let shape = inserts.get(metadata);
  if (!shape) {
    const columns = metadata.columns.filter((c) => !c.isGenerated);
    shape = {
      columns,
      table: driver.escape(metadata.tableName),
      names: columns.map((c) => driver.escape(c.databaseName)).join(', '),
      row: `(${columns.map(() => '?').join(', ')})`,
    };
    inserts.set(metadata, shape);
  }
  return shape;
}

function updateShape(
  metadata: EntityMetadata,
  driver: Driver,
  properties: string[],
  onlyIfProperties: string[],
): UpdateShape {
  const key = `${properties.join(',')}|${onlyIfProperties.join(',')}`;
  let byKey = updates.get(metadata);
  if (!byKey) updates.set(metadata, (byKey = new Map()));
  let shape = byKey.get(key);
  if (!shape) {
    const columnsOf = (names: string[]) =>
      names.map((property) => {
        const column = metadata.findColumnWithPropertyName(property);
        if (!column) throw new Error(`${metadata.tableName} has no column for "${property}"`);
        return column;
      });
    const columns = columnsOf(properties);
    const onlyIf = columnsOf(onlyIfProperties);
    const conditions = [...metadata.primaryColumns.slice(0, 1), ...onlyIf];
    const equals = (c: ColumnMetadata) => `${driver.escape(c.databaseName)} = ?`;
    const sql = `UPDATE ${driver.escape(metadata.tableName)} SET ${columns.map(equals).join(', ')} WHERE ${conditions.map(equals).join(' AND ')}`;
    shape = { sql, columns, onlyIf };
    byKey.set(key, shape);
  }
  return shape;
}

function transactionRunner(m: EntityManager, table: string): QueryRunner {
  const runner = m.queryRunner;
  if (!runner?.isTransactionActive) {
    throw new Error(`Writing ${table} this way needs a transaction's EntityManager`);
  }
  return runner;
}
