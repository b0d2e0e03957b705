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
  /** Days over which a prompt's gain in recall is counted: the course's mastery horizon. */
  horizonDays: number;
  forecast: RecallForecast;
}

/** How the day's prompts are spent. */
export interface DaySpending {
  /** Today's new lesson waits, and its prompts go to reviews instead. */
  holdLesson: boolean;
  /** The reviews to ask, in the order to ask them. */
  reviews: number[];
}

/**
 * Spends the day's prompts: `lessonQuestions` first prompts for the next lesson (0 when none
 * is left) and up to `maxReviews` reviews.
 * - `due` order (the fixed-rule baselines): the reviews due longest, and the lesson comes.
 * - `value` order (the engine): the reviews that buy the most recall, best first; and the
 *   lesson waits when the reviews its prompts would buy instead are worth more than its
 *   questions, each a first reading worth the recall of one right answer: the lesson's
 *   prompts then go to those reviews, so the day costs the same.
 */
export function spendDay(
  due: readonly DueCard[],
  lessonQuestions: number,
  at: Date,
  budget: ReviewBudget,
): DaySpending {
  const cap = Math.max(0, budget.maxReviews);
  if (budget.order === 'due') {
    const reviews = [...due]
      .sort((a, b) => a.card.due.getTime() - b.card.due.getTime() || a.questionId - b.questionId)
      .slice(0, cap)
      .map((c) => c.questionId);
    return { holdLesson: false, reviews };
  }
  const ranked = due
    .map((c) => ({
      id: c.questionId,
      value: reviewValue(c.card, at, budget.horizonDays, budget.forecast),
    }))
    .sort((a, b) => b.value - a.value || a.id - b.id);
  const instead = ranked.slice(cap, cap + lessonQuestions).reduce((sum, r) => sum + r.value, 0);
  // With no reviews allowed at all, waiting would stop the course for good.
  const holdLesson =
    cap > 0 && lessonQuestions > 0 && instead > lessonQuestions * lessonQuestionValue(budget);
  const reviews = ranked.slice(0, cap + (holdLesson ? lessonQuestions : 0)).map((r) => r.id);
  return { holdLesson, reviews };
}

/** What a new question buys: read in the lesson, then answered right. */
function lessonQuestionValue({ forecast, horizonDays }: ReviewBudget): number {
  return forecast.meanRecall(forecast.firstStability('right'), 0, horizonDays);
}
