import { CardState } from './card-state';
import { Grade } from './grade';
import { ReviewOptions, ReviewResult } from './review-card';
import { SchedulingPolicy } from './policy';
import { reviewAfterDays } from './policy-interval';

/** Days until the next review after the 1st, 2nd, ... answer; the last one repeats. */
export const FIXED_INTERVAL_DAYS = [1, 3, 7, 14, 30] as const;

/**
 * The non-adaptive baseline: the same ladder of intervals whatever the answer, so a
 * comparison shows what adapting to the learner buys.
 */
export class FixedIntervalsPolicy extends SchedulingPolicy {
  readonly name = 'fixed';

  review(card: CardState, grade: Grade, now: Date, options: ReviewOptions): ReviewResult {
    const step = Math.min(card.reps, FIXED_INTERVAL_DAYS.length - 1);
    return reviewAfterDays(card, grade, now, options, {
      intervalDays: FIXED_INTERVAL_DAYS[step],
      learningSteps: 0,
    });
  }
}
