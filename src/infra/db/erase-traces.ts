import { DataSource } from 'typeorm';

/**
 * After personal data was overwritten or deleted: SQLite still holds the old pages in its
 * write-ahead log until a checkpoint, so one copies the zeroed pages into the file and
 * truncates the log. MySQL/MariaDB keep old row versions in the undo log until their purge
 * thread discards them, which no statement can force; nothing to do there.
 */
export async function eraseTraces(dataSource: DataSource): Promise<boolean> {
  if (dataSource.options.type !== 'better-sqlite3') return true;
  const [result] = (await dataSource.query('PRAGMA wal_checkpoint(TRUNCATE)')) as Array<{
    busy: number;
  }>;
  // Busy: another process was reading; the next checkpoint (SQLite runs them on its own) will do.
  return Number(result?.busy ?? 0) === 0;
}
