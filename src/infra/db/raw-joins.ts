import { EntityManager, ObjectLiteral } from 'typeorm';
import type { BoundStatement } from './raw-writes';
import { codecFor, RowCodec } from './row-codec';

type EntityClass = new (...args: never[]) => ObjectLiteral;

/** Each alias's entity, or null where the outer join found no row. */
export type JoinedRow<A extends Record<string, EntityClass>> = {
  [K in keyof A]: InstanceType<A[K]> | null;
};

/**
 * One row of several tables joined, each alias decoded as its entity the way `findRows`
 * decodes one: a read that would otherwise take a statement per table. `from` is the
 * statement after the select list (`FROM t a LEFT JOIN u b ON ... WHERE ...`), with `?`
 * parameters; its aliases are the keys of `tables`.
 */
export async function findJoinedRow<A extends Record<string, EntityClass>>(
  m: EntityManager,
  tables: A,
  from: string,
  parameters: unknown[],
): Promise<JoinedRow<A> | null> {
  return (await findJoinedRowWith(m, tables, [], from, parameters))?.row ?? null;
}

/**
 * The same with `extra` expressions (scalar subqueries, say) in front of the columns, their
 * raw values in order; their `?` parameters come first in `parameters`.
 */
export async function findJoinedRowWith<A extends Record<string, EntityClass>>(
  m: EntityManager,
  tables: A,
  extra: string[],
  from: string,
  parameters: unknown[],
): Promise<{ row: JoinedRow<A>; extra: unknown[] } | null> {
  const read = joinedRead(m, tables, extra, from, parameters);
  return read.decode(await m.query(read.statement.sql, read.statement.parameters));
}

/** The statement of `findJoinedRowWith`, to send with others, and the decoding of its rows. */
export function joinedRead<A extends Record<string, EntityClass>>(
  m: EntityManager,
  tables: A,
  extra: string[],
  from: string,
  parameters: unknown[],
): {
  statement: BoundStatement;
  decode(rows: Array<Record<string, unknown>>): { row: JoinedRow<A>; extra: unknown[] } | null;
} {
  const aliases = Object.entries(tables).map(([alias, entity]) => ({
    alias,
    codec: codecFor(m, entity) as RowCodec,
  }));
  const decode = ([row]: Array<Record<string, unknown>>) => {
    if (!row) return null;
    const joined: Record<string, ObjectLiteral | null> = {};
    for (const { alias, codec } of aliases) {
      const key = codec.columns.findIndex((c) => c.primary);
      joined[alias] =
        row[`${alias}__${key}`] === null ? null : codec.entity((_, i) => row[`${alias}__${i}`]);
    }
    return { row: joined as JoinedRow<A>, extra: extra.map((_, i) => row[`x__${i}`]) };
  };
  return { statement: { sql: selectFor(aliases, extra, from), parameters }, decode };
}

const statements = new Map<string, string>();

/**
 * The statement for one `from`, built once: its select list names every column by alias and
 * position (`p__0`, `p__1`, ...).
 */
function selectFor(
  aliases: Array<{ alias: string; codec: RowCodec }>,
  extra: string[],
  from: string,
): string {
  const key = `${aliases.map((a) => `${a.alias}:${a.codec.engine}:${a.codec.tableName}`).join(',')}|${extra.join(',')}|${from}`;
  let sql = statements.get(key);
  if (!sql) {
    const columns = [
      ...extra.map((expression, i) => `${expression} AS x__${i}`),
      ...aliases.flatMap(({ alias, codec }) =>
        codec.columns.map((c, i) => `${alias}.${c.quoted} AS ${alias}__${i}`),
      ),
    ];
    sql = `SELECT ${columns.join(', ')} ${from} LIMIT 1`;
    statements.set(key, sql);
  }
  return sql;
}
