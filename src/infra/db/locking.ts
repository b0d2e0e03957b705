import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * `SELECT ... FOR UPDATE SKIP LOCKED` on MySQL/MariaDB, so two processes never claim the
 * same rows. SQLite has no row locks (the call throws there); its single writer claims alone.
 */
export function lockSkipLocked<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
): SelectQueryBuilder<T> {
  if (query.connection.options.type === 'better-sqlite3') return query;
  return query.setLock('pessimistic_write').setOnLocked('skip_locked');
}
