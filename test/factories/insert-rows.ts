import { EntityManager } from 'typeorm';

/** Rows per statement: well under SQLite's and MySQL's limits on bound parameters. */
const ROWS_PER_INSERT = 300;

/** Seeds a table fast: multi-row INSERTs of plain values, `columns` in the rows' order. */
export async function insertRows(
  m: EntityManager,
  table: string,
  columns: string,
  rows: unknown[][],
): Promise<void> {
  const placeholders = `(${columns
    .split(',')
    .map(() => '?')
    .join(', ')})`;
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const chunk = rows.slice(i, i + ROWS_PER_INSERT);
    await m.query(
      `INSERT INTO ${table} (${columns}) VALUES ${chunk.map(() => placeholders).join(', ')}`,
      chunk.flat(),
    );
  }
}
