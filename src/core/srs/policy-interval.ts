import { CardState } from './card-state';
import { Grade } from './grade';
import { reviewCard, ReviewOptions, ReviewResult } from './review-card';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A rule that only decides when a question comes back. FSRS still updates the memory
 * estimate (stability, difficulty, lapses), so the planner's ranking of due cards and the
 * completion rule read the same kind of card whatever the policy; only the due date, the
 * interval and the policy's own counter (`learningSteps`) are the rule's. With short-term
 * steps off, FSRS neither reads nor sets `learningSteps`.
 */
export function reviewAfterDays(
  card: CardState,
  grade: Grade,
  now: Date,
  options: ReviewOptions,
  next: { intervalDays: number; learningSteps: number },
): ReviewResult {
  const memory = reviewCard(card, grade, now, options);
  return {
    ...memory,
    after: {
      ...memory.after,
      due: new Date(now.getTime() + next.intervalDays * DAY_MS),
      scheduledDays: next.intervalDays,
      learningSteps: next.learningSteps,
    },
    intervalDays: next.intervalDays,
  };
}
