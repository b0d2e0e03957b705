import { CardState } from '../srs/card-state';
import { ReviewOrder } from '../srs/policy';
import { RecallForecast, reviewValue } from '../srs/review-value';

/** A card due today, with what valuing it reads. */
export interface DueCard {
  questionId: number;
  card: Pick<CardState, 'due' | 'state' | 'stability' | 'difficulty' | 'lastReview'>;
}

export interface ReviewBudget {
  order: ReviewOrder;
  maxReviews: number;
  /** Days over which a review's gain in recall is counted: the course's mastery horizon. */
  horizonDays: number;
  forecast: RecallForecast;
}

/**
 * A backlog the day's cap would take more than this many days to clear means the learner is
 * falling behind: a new lesson then adds questions that would only join the queue.
 */
export const BACKLOG_DAYS_BEFORE_HOLDING = 2;

/** The reviews to ask at `at`, in the order to ask them, at most `budget.maxReviews`. */
export function chooseReviews(due: readonly DueCard[], at: Date, budget: ReviewBudget): number[] {
  const limit = Math.max(0, budget.maxReviews);
  if (budget.order === 'due') {
    return [...due]
      .sort((a, b) => a.card.due.getTime() - b.card.due.getTime() || a.questionId - b.questionId)
      .slice(0, limit)
      .map((c) => c.questionId);
  }
  return due
    .map((c) => ({
      questionId: c.questionId,
      value: reviewValue(c.card, at, budget.horizonDays, budget.forecast),
    }))
    .sort((a, b) => b.value - a.value || a.questionId - b.questionId)
    .slice(0, limit)
    .map((c) => c.questionId);
}

/**
 * Whether today's new lesson waits: only when reviews are chosen for their value (the
 * baselines always bring the lesson), and only while more reviews are due than the cap
 * clears in `BACKLOG_DAYS_BEFORE_HOLDING` days.
 */
export function holdsBackLesson(
  dueCount: number,
  budget: Pick<ReviewBudget, 'order' | 'maxReviews'>,
): boolean {
  // With no reviews allowed at all, waiting would stop the course for good.
  if (budget.order !== 'value' || budget.maxReviews <= 0) return false;
  return dueCount > BACKLOG_DAYS_BEFORE_HOLDING * budget.maxReviews;
}
