import { draw, Random } from '../delivery/random';

/** Always at least this much above the even spacing: arrival times wobble a little. */
const MARGIN = 0.02;
/** Up to this much more, at random: WeChat flags a machine's steady beat. */
const JITTER = 0.1;

/**
 * The gap after one send of an account sending at most `perMinute` messages in any 60 s:
 * the even spacing plus a non-negative jitter, so no window ever holds more (no bursts).
 */
export function sendGapMs(perMinute: number, random: Random): number {
  if (!(perMinute > 0))
    throw new RangeError(`A send rate must be above 0 per minute (got ${perMinute})`);
  const even = 60_000 / perMinute;
  return Math.round(even * (1 + MARGIN + JITTER * draw(random)));
}

/** The account may send at `now` when its next send time has come (or it never sent). */
export function maySend(nextSendAt: Date | null, now: Date): boolean {
  return nextSendAt === null || nextSendAt <= now;
}

/**
 * The account's next send time after a send at `now`: from the later of now and the time it
 * had, so a send that came late never lets the next one come early.
 */
export function nextSendAt(
  previous: Date | null,
  now: Date,
  perMinute: number,
  random: Random,
): Date {
  const from = Math.max(now.getTime(), previous?.getTime() ?? 0);
  return new Date(from + sendGapMs(perMinute, random));
}
