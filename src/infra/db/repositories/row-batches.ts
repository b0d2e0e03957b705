import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { inBatches } from './batches';

/*
 * Set-wise writes as plain SQL through the manager of the unit of work. TypeORM's query
 * builder names and scans one parameter per value; at the thousands of values of a
 * 5,000-row import that cost more than the database's own work. Values are converted as
 * the entity's columns declare them (a date becomes SQLite's UTC text or a DATETIME), with
 * the driver's public conversion.
 */

type Row = Record<string, unknown>;

function tableOf(m: EntityManager, target: EntityTarget<ObjectLiteral>) {
  const metadata = m.connection.getMetadata(target);
  const driver = m.connection.driver;
  const column = (property: string): ColumnMetadata => {
    const found = metadata.findColumnWithPropertyName(property);
    if (!found) throw new Error(`${metadata.name} has no column ${property}`);
    return found;
  };
  return {
    name: driver.escape(metadata.tableName),
    column,
    sqlName: (property: string) => driver.escape(column(property).databaseName),
    value: (property: string, value: unknown) =>
      driver.preparePersistentValue(value, column(property)) as unknown,
  };
}

/** Inserts the rows in multi-row statements; a property some row leaves out is NULL there. */
export async function insertRows(
  m: EntityManager,
  target: EntityTarget<ObjectLiteral>,
  rows: Row[],
): Promise<void> {
  if (rows.length === 0) return;
  const table = tableOf(m, target);
  const properties = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const names = properties.map(table.sqlName).join(', ');
  const tuple = `(${properties.map(() => '?').join(', ')})`;
  for (const batch of inBatches(rows)) {
    const values = batch.flatMap((row) => properties.map((p) => table.value(p, row[p] ?? null)));
    await m.query(
      `INSERT INTO ${table.name} (${names}) VALUES ${batch.map(() => tuple).join(', ')}`,
      values,
    );
  }
}

/**
 * Sets each row's own values, by id, in one UPDATE per batch: a property becomes
 * `CASE id WHEN ? THEN ? ... ELSE column END`, so a row that leaves it out keeps its value;
 * `common` is set on every row.
 */
export async function updateRowsById(
  m: EntityManager,
  target: EntityTarget<ObjectLiteral>,
  changes: Array<{ id: number } & Row>,
  common: Row,
): Promise<void> {
  if (changes.length === 0) return;
  const table = tableOf(m, target);
  const id = table.sqlName('id');
  const properties = [...new Set(changes.flatMap((c) => Object.keys(c)))].filter((p) => p !== 'id');
  for (const batch of inBatches(changes)) {
    const sets: string[] = [];
    const values: unknown[] = [];
    for (const property of properties) {
      const given = batch.filter((c) => c[property] !== undefined);
      if (given.length === 0) continue;
      const column = table.sqlName(property);
      sets.push(
        `${column} = CASE ${id} ${given.map(() => 'WHEN ? THEN ?').join(' ')} ELSE ${column} END`,
      );
      for (const c of given) values.push(c.id, table.value(property, c[property]));
    }
    for (const [property, value] of Object.entries(common)) {
      sets.push(`${table.sqlName(property)} = ?`);
      values.push(table.value(property, value));
    }
    values.push(...batch.map((c) => c.id));
    await m.query(
      `UPDATE ${table.name} SET ${sets.join(', ')} WHERE ${id} IN (${batch.map(() => '?').join(', ')})`,
      values,
    );
  }
}

/**
 * The rows whose `property` is one of `keys`, batch by batch, read with plain SQL and
 * converted as the entity's columns declare: only `columns` (all when left out), and only
 * rows that also have the values of `equal` and meet the fixed SQL condition `also`.
 */
export async function selectRowsIn<T>(
  m: EntityManager,
  target: EntityTarget<ObjectLiteral>,
  property: string,
  keys: unknown[],
  options: { columns?: string[]; equal?: Row; also?: string } = {},
): Promise<T[]> {
  const metadata = m.connection.getMetadata(target);
  const table = tableOf(m, target);
  const columns = (options.columns ?? metadata.columns.map((c) => c.propertyName)).map(
    table.column,
  );
  const equal = Object.entries(options.equal ?? {});
  const conditions = [
    ...equal.map(([p]) => `${table.sqlName(p)} = ?`),
    ...(options.also ? [options.also] : []),
  ];
  const driver = m.connection.driver;
  const names = columns.map((c) => driver.escape(c.databaseName)).join(', ');
  const found: T[] = [];
  for (const batch of inBatches(keys)) {
    const raw = (await m.query(
      `SELECT ${names} FROM ${table.name} WHERE ${[
        ...conditions,
        `${table.sqlName(property)} IN (${batch.map(() => '?').join(', ')})`,
      ].join(' AND ')}`,
      [...equal.map(([p, v]) => table.value(p, v)), ...batch.map((k) => table.value(property, k))],
    )) as Row[];
    for (const row of raw) {
      const record: Row = {};
      for (const c of columns)
        record[c.propertyName] = driver.prepareHydratedValue(row[c.databaseName], c);
      found.push(record as T);
    }
  }
  return found;
}
