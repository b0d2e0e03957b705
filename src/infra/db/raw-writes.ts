import { EntityManager, EntityTarget, ObjectLiteral, QueryRunner } from 'typeorm';

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
  const columns = metadata.columns.filter((c) => !c.isGenerated);
  const names = columns.map((c) => driver.escape(c.databaseName)).join(', ');
  const sqlite = m.connection.options.type === 'better-sqlite3';
  const ignore = options.orIgnore ? (sqlite ? 'OR IGNORE ' : 'IGNORE ') : '';
  const row = `(${columns.map(() => '?').join(', ')})`;
  const runner = transactionRunner(m, metadata.tableName);
  let inserted = 0;
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const chunk = rows.slice(i, i + ROWS_PER_INSERT);
    const values = chunk.flatMap((r) =>
      columns.map((c) => driver.preparePersistentValue(c.getEntityValue(r) ?? null, c)),
    );
    // The structured result carries the affected-row count on both drivers.
    const result = await runner.query(
      `INSERT ${ignore}INTO ${driver.escape(metadata.tableName)} (${names}) VALUES ${chunk.map(() => row).join(', ')}`,
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
  const columnsOf = (object: Partial<T>) =>
    Object.keys(object).map((property) => {
      const column = metadata.findColumnWithPropertyName(property);
      if (!column) throw new Error(`${metadata.tableName} has no column for "${property}"`);
      return column;
    });
  const columns = columnsOf(values);
  const conditions = [...metadata.primaryColumns.slice(0, 1), ...columnsOf(onlyIf)];
  const runner = transactionRunner(m, metadata.tableName);
  const equals = (c: { databaseName: string }) => `${driver.escape(c.databaseName)} = ?`;
  const result = await runner.query(
    `UPDATE ${driver.escape(metadata.tableName)} SET ${columns.map(equals).join(', ')} WHERE ${conditions.map(equals).join(' AND ')}`,
    [
      ...columns.map((c) => driver.preparePersistentValue(c.getEntityValue(values), c)),
      id,
      ...columnsOf(onlyIf).map((c) => driver.preparePersistentValue(c.getEntityValue(onlyIf), c)),
    ],
    true,
  );
  return result.affected ?? 0;
}

function transactionRunner(m: EntityManager, table: string): QueryRunner {
  const runner = m.queryRunner;
  if (!runner?.isTransactionActive) {
    throw new Error(`Writing ${table} this way needs a transaction's EntityManager`);
  }
  return runner;
}
