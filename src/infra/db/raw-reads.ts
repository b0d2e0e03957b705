import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { CodecColumn, codecFor, RowCodec } from './row-codec';

/** Conditions by property: a value, `null` for IS NULL, or a list for IN (so not JSON columns). */
export type RowFilter<T> = { [K in keyof T]?: T[K] | null | ReadonlyArray<T[K]> };

/**
 * The entities whose columns equal `where`, read with one statement whose values are all
 * bound as parameters, and decoded by the entity's RowCodec, without relations. For the hot
 * paths only: a TypeORM find spends about 0.1-0.2 ms of CPU building its query, ten times
 * the statement's own cost, and an answer needs a dozen of them.
 */
export async function findRows<T extends ObjectLiteral>(
  m: EntityManager,
  entity: EntityTarget<T>,
  where: RowFilter<T>,
  options: { limit?: number } = {},
): Promise<T[]> {
  const codec = codecFor(m, entity);
  const conditions = Object.entries(where) as Array<[string, unknown]>;
  const read = statementFor(codec, conditions, options.limit);
  if (conditions.some(([, value]) => Array.isArray(value) && value.length === 0)) return [];
  const parameters: unknown[] = [];
  read.conditions.forEach((column, i) => {
    const value = conditions[i][1];
    if (value === null) return;
    for (const v of Array.isArray(value) ? value : [value])
      parameters.push(codec.encode(column, v));
  });
  const rows: Array<Record<string, unknown>> = await m.query(read.sql, parameters);
  return rows.map((row) => codec.entity((_, i) => row[`c${i}`]));
}

interface RowRead {
  sql: string;
  /** The column of each condition, in the order of `where`. */
  conditions: CodecColumn[];
}

/**
 * The SELECT for one shape of filter (its columns, which are null, how long each list is),
 * built once per entity: the hot paths repeat a handful of shapes thousands of times.
 */
const statements = new WeakMap<RowCodec, Map<string, RowRead>>();

function statementFor(
  codec: RowCodec,
  conditions: Array<[string, unknown]>,
  limit: number | undefined,
): RowRead {
  const shape = conditions.map(([property, value]) => `${property}${shapeOf(value)}`);
  const key = `${shape.join(',')}|${limit ?? ''}`;
  let byShape = statements.get(codec);
  if (!byShape) statements.set(codec, (byShape = new Map()));
  let read = byShape.get(key);
  if (!read) {
    read = buildStatement(codec, conditions, limit);
    byShape.set(key, read);
  }
  return read;
}

/** Null, a list of n values, or one value; an undefined condition is a bug here. */
function shapeOf(value: unknown): string {
  if (value === null) return ' IS NULL';
  if (Array.isArray(value)) return `[${value.length}]`;
  if (value === undefined) return '?undefined';
  return '';
}

function buildStatement(
  codec: RowCodec,
  conditions: Array<[string, unknown]>,
  limit: number | undefined,
): RowRead {
  const columns = conditions.map(([property, value]) => {
    const column = codec.column(property);
    // TypeORM's finds drop an undefined condition and match every row; here it is a bug.
    if (value === undefined) throw new Error(`${codec.tableName}.${property}: no value to find by`);
    return column;
  });
  const test = (column: CodecColumn, value: unknown) => {
    if (value === null) return `${column.quoted} IS NULL`;
    if (Array.isArray(value)) return `${column.quoted} IN (${value.map(() => '?').join(', ')})`;
    return `${column.quoted} = ?`;
  };
  const sql =
    `SELECT ${selectList(codec)} FROM ${codec.table}` +
    ` WHERE ${columns.map((column, i) => test(column, conditions[i][1])).join(' AND ')}` +
    (limit === undefined ? '' : ` LIMIT ${Math.trunc(limit)}`);
  return { sql, conditions: columns };
}

/** Every column, named by its position (`c0`, `c1`, ...) so reading a row needs no lookup. */
const selectList = (codec: RowCodec) =>
  codec.columns.map((c, i) => `${c.quoted} AS c${i}`).join(', ');

export async function findRow<T extends ObjectLiteral>(
  m: EntityManager,
  entity: EntityTarget<T>,
  where: RowFilter<T>,
): Promise<T | null> {
  const [found] = await findRows(m, entity, where, { limit: 1 });
  return found ?? null;
}

export async function findRowOrFail<T extends ObjectLiteral>(
  m: EntityManager,
  entity: EntityTarget<T>,
  where: RowFilter<T>,
): Promise<T> {
  const found = await findRow(m, entity, where);
  if (!found) {
    const { tableName } = codecFor(m, entity);
    throw new Error(`No ${tableName} row matches ${JSON.stringify(where)}`);
  }
  return found;
}
