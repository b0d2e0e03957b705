import { CardState } from './card-state';
import { Grade } from './grade';
import { ReviewOptions, ReviewResult } from './review-card';
import { SchedulingPolicy } from './policy';
import { reviewAfterDays } from './policy-interval';

export const QSTREAM_WRONG_DAYS = 21;
export const QSTREAM_RIGHT_DAYS = 42;
/** A retired question is never due again in any realistic course (FSRS's own maximum interval). */
export const RETIRED_DAYS = 36_500;

/**
 * Adaptive spaced education as published for Qstream (Kerfoot, Acad Med 2012): a wrong answer
 * repeats after 3 weeks, a right one after 6, and two right answers in a row retire the
 * question. A partly right answer is not right. The run of right answers is kept in
 * `learningSteps`, which FSRS leaves at 0 with short-term steps off.
 */
export class QstreamPolicy extends SchedulingPolicy {
  readonly name = 'qstream';

  review(card: CardState, grade: Grade, now: Date, options: ReviewOptions): ReviewResult {
    const rightInARow = grade === 'right' ? card.learningSteps + 1 : 0;
    const intervalDays =
      rightInARow >= 2 ? RETIRED_DAYS : rightInARow === 1 ? QSTREAM_RIGHT_DAYS : QSTREAM_WRONG_DAYS;
    return reviewAfterDays(card, grade, now, options, {
      intervalDays,
      learningSteps: rightInARow,
    });
  }
}
