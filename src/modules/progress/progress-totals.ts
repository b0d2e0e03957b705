import { ratio } from '../../core/progress/recall';
import { AtRiskLearner, ProgressTotalsResponse } from './dto/progress.response';
import { CohortSums, EnrollmentFacts } from './progress.repository';

const STATUSES = ['active', 'paused', 'completed', 'withdrawn'] as const;
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** The cohort's totals: head counts from the enrolments, the rest from the database's sums. */
export function toProgressTotals(
  everyone: EnrollmentFacts[],
  atRisk: number,
  sums: CohortSums,
  now: Date,
): ProgressTotalsResponse {
  const weekAgo = now.getTime() - WEEK_MS;
  const count = (keep: (f: EnrollmentFacts) => boolean) => everyone.filter(keep).length;
  const [active, paused, completed, withdrawn] = STATUSES.map((s) => count((f) => f.status === s));
  return {
    learners: everyone.length,
    active,
    paused,
    completed,
    withdrawn,
    bound: count((f) => f.bound),
    activeLast7Days: count((f) => f.lastAnswerAt !== null && f.lastAnswerAt.getTime() >= weekAgo),
    atRisk,
    answers: sums.answers,
    correct: sums.correct,
    accuracy: ratio(sums.correct, sums.answers),
    lessonsDelivered: sums.lessonsDelivered,
    cards: sums.cards.cards,
    cardsDue: sums.cards.due,
    cardsMastered: sums.cards.mastered,
    meanRetrievability: ratio(sums.cards.recall, sums.cards.cards),
  };
}

export function toAtRiskLearner(f: EnrollmentFacts): AtRiskLearner {
  return {
    learnerId: f.learnerId,
    externalId: f.externalId,
    name: f.name,
    bound: f.bound,
    lastActiveAt: f.lastAnswerAt,
  };
}
