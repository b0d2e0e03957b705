import { CardHistory, TimedReview } from './review-history';

/** The share of review days, the latest ones, kept out of training to judge a fit. */
export const HOLD_OUT_SHARE = 0.2;

const DAY_MS = 86_400_000;

/**
 * The split rule: the distinct UTC days with reviews, in order; the last 20% of them (at least
 * one) are the hold-out. The fit sees only reviews before the first hold-out day, so it is
 * judged on later answers it never saw, as it will be used.
 */
export function holdOutStart(histories: readonly CardHistory[], share = HOLD_OUT_SHARE): Date {
  const days = new Set<number>();
  for (const history of histories) {
    for (const review of history) days.add(Math.floor(review.reviewedAt.getTime() / DAY_MS));
  }
  if (days.size < 2) throw new RangeError('A hold-out needs reviews on at least two days');
  const ordered = [...days].sort((a, b) => a - b);
  const held = Math.max(1, Math.ceil(ordered.length * share));
  return new Date(ordered[ordered.length - held] * DAY_MS);
}

/**
 * Reviews FSRS can learn from or be judged on: a card's later review at least a day after the
 * previous one. A first review predicts nothing, and a same-day repeat measures short-term
 * memory, which a by-day scheduler (short-term steps off) never relies on.
 */
export const isPredictable = (review: TimedReview, index: number): boolean =>
  index > 0 && review.deltaDays >= 1;

/** One training sequence per predictable review before `start`: the card's history up to it. */
export function trainingSequences(histories: readonly CardHistory[], start: Date): TimedReview[][] {
  const sequences: TimedReview[][] = [];
  for (const history of histories) {
    history.forEach((review, i) => {
      if (review.reviewedAt < start && isPredictable(review, i)) {
        sequences.push(history.slice(0, i + 1));
      }
    });
  }
  return sequences;
}

/** How many predictable reviews fall on or after `start`. */
export function holdOutCount(histories: readonly CardHistory[], start: Date): number {
  let count = 0;
  for (const history of histories) {
    history.forEach((review, i) => {
      if (review.reviewedAt >= start && isPredictable(review, i)) count += 1;
    });
  }
  return count;
}
