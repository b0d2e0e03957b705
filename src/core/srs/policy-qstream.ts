import { CardState } from './card-state';
import { Grade } from './grade';
import { ReviewOptions, ReviewResult } from './review-card';
import { SchedulingPolicy } from './policy';
import { reviewAfterDays } from './policy-interval';

export interface QstreamRule {
  name: string;
  wrongDays: number;
  rightDays: number;
}

/** Kerfoot et al. 2012 (Ann Surg, n = 1,470): wrong again in 12 days, right in 24. */
export const QSTREAM: QstreamRule = { name: 'qstream', wrongDays: 12, rightDays: 24 };
/** The 3- and 6-week variant of Kerfoot's earlier trials. */
export const QSTREAM_3_6: QstreamRule = { name: 'qstream-3-6', wrongDays: 21, rightDays: 42 };
/** A retired question is never due again in any realistic course (FSRS's own maximum interval). */
export const RETIRED_DAYS = 36_500;
/** An answer sooner than this after the previous one is not spaced: it never counts to retire. */
export const SPACED_MIN_DAYS = 1;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Adaptive spaced education as Qstream runs it: a wrong answer repeats after `wrongDays`,
 * a right one after `rightDays`, and two right answers in a row retire the question. A partly
 * right answer is not right. Only spaced answers count towards retirement: a right answer
 * within a day of the previous one (extra practice, a same-day retry) leaves the run as it
 * was. The run of right answers is kept in `learningSteps`, which FSRS leaves at 0 with
 * short-term steps off. Qstream asks before it teaches; the simulator plays that part.
 */
export class QstreamPolicy extends SchedulingPolicy {
  readonly name: string;

  constructor(private readonly rule: QstreamRule = QSTREAM) {
    super();
    this.name = rule.name;
  }

  review(card: CardState, grade: Grade, now: Date, options: ReviewOptions): ReviewResult {
    const spaced =
      card.lastReview === null ||
      now.getTime() - card.lastReview.getTime() >= SPACED_MIN_DAYS * DAY_MS;
    const rightInARow =
      grade !== 'right' ? 0 : spaced ? card.learningSteps + 1 : card.learningSteps;
    const intervalDays =
      rightInARow >= 2
        ? RETIRED_DAYS
        : grade === 'right'
          ? this.rule.rightDays
          : this.rule.wrongDays;
    return reviewAfterDays(card, grade, now, options, {
      intervalDays,
      learningSteps: rightInARow,
    });
  }
}
