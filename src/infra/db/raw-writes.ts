import { EntityManager, EntityTarget, ObjectLiteral, QueryRunner } from 'typeorm';
import { CodecColumn, codecFor, RowCodec } from './row-codec';

// 500 rows x up to 13 columns stays far below SQLite's 32,766 bound parameters.
const ROWS_PER_INSERT = 500;

/**
 * Multi-row INSERTs with `?` placeholders; returns how many rows went in. TypeORM's insert
 * builder names, checks and rewrites one parameter per value, which on a 500-row batch
 * costs more than the insert itself; values are encoded by the entity's RowCodec.
 * `orIgnore` skips rows that hit a unique key.
 */
export async function insertRows<T extends ObjectLiteral>(
  m: EntityManager,
  entity: EntityTarget<T>,
  rows: Array<Partial<T>>,
  options: { orIgnore?: boolean } = {},
): Promise<number> {
  const codec = codecFor(m, entity);
  const { columns, names, row } = insertShape(codec);
  const ignore = options.orIgnore ? (codec.engine === 'sqlite' ? 'OR IGNORE ' : 'IGNORE ') : '';
  const runner = transactionRunner(m, codec.tableName);
  let inserted = 0;
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const chunk = rows.slice(i, i + ROWS_PER_INSERT) as Array<Record<string, unknown>>;
    const values = chunk.flatMap((r) => columns.map((c) => codec.encode(c, r[c.property])));
    // The structured result carries the affected-row count on both drivers.
    const result = await runner.query(
      `INSERT ${ignore}INTO ${codec.table} (${names}) VALUES ${chunk.map(() => row).join(', ')}`,
      values,
      true,
    );
    inserted += result.affected ?? 0;
  }
  return inserted;
}

/**
 * `UPDATE table SET ... WHERE id = ? [AND column = ? ...]` with placeholders, changing the row
 * only while it still holds `onlyIf`; returns how many rows changed. For the hot paths: every
 * value is bound, so each shape of update is one statement the driver prepares once.
 */
export async function updateById<T extends ObjectLiteral>(
  m: EntityManager,
  entity: EntityTarget<T>,
  id: number | string,
  values: Partial<T>,
  onlyIf: Partial<T> = {},
): Promise<number> {
  const update = updateStatement(m, entity, id, values, onlyIf);
  const runner = transactionRunner(m, codecFor(m, entity).tableName);
  const result = await runner.query(update.sql, update.parameters, true);
  return result.affected ?? 0;
}

/** One statement and its bound values, for Database.write to send now or with others. */
export interface BoundStatement {
  sql: string;
  parameters: unknown[];
}

/** The statement `updateById` sends, without sending it. */
export function updateStatement<T extends ObjectLiteral>(
  m: EntityManager,
  entity: EntityTarget<T>,
  id: number | string,
  values: Partial<T>,
  onlyIf: Partial<T> = {},
): BoundStatement {
  const codec = codecFor(m, entity);
  const update = updateShape(codec, Object.keys(values), Object.keys(onlyIf));
  const set = values as Record<string, unknown>;
  const still = onlyIf as Record<string, unknown>;
  return {
    sql: update.sql,
    parameters: [
      ...update.columns.map((c) => codec.encode(c, set[c.property])),
      id,
      ...update.onlyIf.map((c) => codec.encode(c, still[c.property])),
    ],
  };
}

/** The INSERTs `insertRows` sends for `rows` (without `orIgnore`), without sending them. */
export function insertStatements<T extends ObjectLiteral>(
  m: EntityManager,
  entity: EntityTarget<T>,
  rows: Array<Partial<T>>,
): BoundStatement[] {
  const codec = codecFor(m, entity);
  const { columns, names, row } = insertShape(codec);
  const statements: BoundStatement[] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const chunk = rows.slice(i, i + ROWS_PER_INSERT) as Array<Record<string, unknown>>;
    statements.push({
      sql: `INSERT INTO ${codec.table} (${names}) VALUES ${chunk.map(() => row).join(', ')}`,
      parameters: chunk.flatMap((r) => columns.map((c) => codec.encode(c, r[c.property]))),
    });
  }
  return statements;
}

/**
 * The statements' column lists and SQL are built once per entity (and per set of columns
 * for an update): answers write the same few shapes thousands of times.
 */
const inserts = new WeakMap<RowCodec, { columns: CodecColumn[]; names: string; row: string }>();
const updates = new WeakMap<RowCodec, Map<string, UpdateShape>>();

interface UpdateShape {
  sql: string;
  columns: CodecColumn[];
  onlyIf: CodecColumn[];
}

function insertShape(codec: RowCodec) {
  let shape = inserts.get(codec);
  if (!shape) {
    const columns = codec.columns.filter((c) => !c.generated);
    shape = {
      columns,
      names: columns.map((c) => c.quoted).join(', '),
      row: `(${columns.map(() => '?').join(', ')})`,
    };
    inserts.set(codec, shape);
  }
  return shape;
}

function updateShape(codec: RowCodec, properties: string[], onlyIfProperties: string[]) {
  const key = `${properties.join(',')}|${onlyIfProperties.join(',')}`;
  let byKey = updates.get(codec);
  if (!byKey) updates.set(codec, (byKey = new Map()));
  let shape = byKey.get(key);
  if (!shape) {
    const columns = properties.map((p) => codec.column(p));
    const onlyIf = onlyIfProperties.map((p) => codec.column(p));
    const id = codec.columns.find((c) => c.primary)!;
    const equals = (c: CodecColumn) => `${c.quoted} = ?`;
    const sql = `UPDATE ${codec.table} SET ${columns.map(equals).join(', ')} WHERE ${[id, ...onlyIf].map(equals).join(' AND ')}`;
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
