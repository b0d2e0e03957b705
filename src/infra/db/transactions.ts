import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource, EntityManager } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';
import { transactionRetryDelayMs } from '../../core/transaction-retry';
import { turnGateOf } from './turn-gate';

/**
 * Errors after which the database has rolled the transaction back (or TypeORM will) and the
 * same work, run again, can succeed: MySQL/MariaDB's deadlock victim (1213) and lock wait
 * timeout (1205), and SQLite's busy file when another process held the write lock too long.
 */
const LOST_TO_ANOTHER_TRANSACTION = new Set([
  'ER_LOCK_DEADLOCK',
  'ER_LOCK_WAIT_TIMEOUT',
  'SQLITE_BUSY',
  'SQLITE_BUSY_SNAPSHOT',
]);

export function lostToAnotherTransaction(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, driverError } = error as { code?: unknown; driverError?: { code?: unknown } };
  return (
    LOST_TO_ANOTHER_TRANSACTION.has(String(code)) ||
    LOST_TO_ANOTHER_TRANSACTION.has(String(driverError?.code))
  );
}

/**
 * Every transaction of the service runs through here: `work` runs in one transaction and, when
 * the database picks it as a deadlock victim, runs again from the start, a few times with a
 * short jittered pause. `work` must therefore touch nothing outside the database before it
 * returns. On SQLite each try waits for its turn at the connection's gate (see turn-gate.ts);
 * a transaction begun inside a turn nests into the open one.
 */
export async function runTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
  isolation?: IsolationLevel,
  random: () => number = Math.random,
): Promise<T> {
  const gate = turnGateOf(dataSource);
  const once = () =>
    isolation ? dataSource.transaction(isolation, work) : dataSource.transaction(work);
  for (let failed = 0; ;) {
    try {
      return await (gate ? gate.run(once) : once());
    } catch (error) {
      const delay = lostToAnotherTransaction(error)
        ? transactionRetryDelayMs(++failed, random)
        : null;
      if (delay === null) throw error;
      await sleep(delay);
    }
  }
}
