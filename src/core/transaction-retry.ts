import { draw, Random } from './delivery/random';

/** A transaction the database gave up on is tried at most this many times in all. */
export const TRANSACTION_ATTEMPTS = 5;

const FIRST_RETRY_MS = 20;
const JITTER = 0.5;

/**
 * How long to wait after the `failedAttempts`-th try lost to another transaction (a deadlock
 * victim, a lock wait that timed out, a busy SQLite file), or null to give up: 20 ms doubling,
 * each ±50% at random so the two losers of one deadlock do not collide again in step.
 */
export function transactionRetryDelayMs(failedAttempts: number, random: Random): number | null {
  if (failedAttempts >= TRANSACTION_ATTEMPTS) return null;
  const base = FIRST_RETRY_MS * 2 ** Math.max(0, failedAttempts - 1);
  return Math.round(base * (1 + JITTER * (2 * draw(random) - 1)));
}
