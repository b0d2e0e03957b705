import { EntityManager, EntityMetadata, ObjectLiteral } from 'typeorm';
import type { Driver } from 'typeorm/driver/Driver';
import { hydrate } from './raw-reads';

type EntityClass = new (...args: never[]) => ObjectLiteral;

/** Each alias's entity, or null where the outer join found no row. */
export type JoinedRow<A extends Record<string, EntityClass>> = {
  [K in keyof A]: InstanceType<A[K]> | null;
};

/**
 * One row of several tables joined, each alias hydrated as its entity the way `findRows`
 * hydrates one: a read that would otherwise take a statement per table. `from` is the
 * statement after the select list (`FROM t a LEFT JOIN u b ON ... WHERE ...`), with `?`
 * parameters; its aliases are the keys of `tables`.
 */
export async function findJoinedRow<A extends Record<string, EntityClass>>(
  m: EntityManager,
  tables: A,
  from: string,
  parameters: unknown[],
): Promise<JoinedRow<A> | null> {
  const { driver } = m.connection;
  const aliases = Object.entries(tables).map(([alias, entity]) => ({
    alias,
    metadata: m.connection.getMetadata(entity),
  }));
  const sql = selectFor(driver, aliases, from);
  const [row]: Array<Record<string, unknown>> = await m.query(sql, parameters);
  if (!row) return null;
  const joined: Record<string, ObjectLiteral | null> = {};
  for (const { alias, metadata } of aliases) {
    const key = metadata.primaryColumns[0].databaseName;
    joined[alias] =
      row[`${alias}__${key}`] === null
        ? null
        : hydrate(metadata, driver, (name) => row[`${alias}__${name}`]);
  }
  return joined as JoinedRow<A>;
}

const statements = new WeakMap<Driver, Map<string, string>>();

/** The statement for one `from`, built once: its select list names every column by alias. */
function selectFor(
  driver: Driver,
  aliases: Array<{ alias: string; metadata: EntityMetadata }>,
  from: string,
): string {
  let byFrom = statements.get(driver);
  if (!byFrom) statements.set(driver, (byFrom = new Map()));
  const key = `${aliases.map((a) => `${a.alias}:${a.metadata.tableName}`).join(',')}|${from}`;
  let sql = byFrom.get(key);
  if (!sql) {
    const columns = aliases.flatMap(({ alias, metadata }) =>
      metadata.columns.map(
        (c) =>
          `${alias}.${driver.escape(c.databaseName)} AS ${driver.escape(`${alias}__${c.databaseName}`)}`,
      ),
    );
    sql = `SELECT ${columns.join(', ')} ${from} LIMIT 1`;
    byFrom.set(key, sql);
  }
  return sql;
}
