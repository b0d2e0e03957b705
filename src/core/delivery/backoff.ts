import { draw, Random } from './random';

/** After this many failed sends a message is `failed` and waits for a person. */
export const MAX_SEND_ATTEMPTS = 5;

const FIRST_RETRY_MS = 30_000;
const LONGEST_RETRY_MS = 60 * 60_000;
const JITTER = 0.2;

/**
 * How long to wait after the `attempts`-th failed send: 30 s doubling per attempt, at most
 * 1 h, each ±20% at random so messages that failed together do not retry together.
 */
export function retryDelayMs(attempts: number, random: Random): number {
  const exponential = FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1);
  const base = Math.min(LONGEST_RETRY_MS, exponential);
  return Math.round(base * (1 + JITTER * (2 * draw(random) - 1)));
}
