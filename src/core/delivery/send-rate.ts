import { draw, Random } from './random';

const JITTER = 0.3;

/**
 * Spaces outgoing messages to stay under a per-minute rate. WeChat flags accounts that
 * send at a machine's steady beat, so each gap is the even spacing ±30% at random
 * (never below 70% of it, so bursts stay well inside the rate).
 */
export class SendRate {
  private readonly baseMs: number;

  constructor(
    perMinute: number,
    private readonly random: Random,
  ) {
    if (!(perMinute > 0))
      throw new RangeError(`A send rate must be above 0 per minute (got ${perMinute})`);
    this.baseMs = 60_000 / perMinute;
  }

  /** The pause before the next message, in milliseconds. */
  nextDelayMs(): number {
    return Math.round(this.baseMs * (1 + JITTER * (2 * draw(this.random) - 1)));
  }
}
