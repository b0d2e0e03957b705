import { LessonQuestions } from '../../../src/core/enrollment/cohort-settings';
import { DayPlan, DayPlanInput } from '../../../src/core/planning/plan-day';
import { ReviewOrder } from '../../../src/core/srs/policy';

/**
 * A change to the engine's FSRS policy, tried in the replica before anything is built: the
 * answer to "would this rule buy recall at the same budget, with every learner model?".
 * `trueRecall` variants are oracles: they choose with the learner model's own recall, which
 * no engine can know, so they bound what any choice among the due reviews could buy.
 */
export interface WhatIf {
  order?: ReviewOrder;
  /** Choose the day's reviews among the due ones by the learners' true recall. */
  trueRecall?: 'highest-first' | 'lowest-first';
  /** Hold the new lesson while more than this many days of reviews (days x cap) are due. */
  holdAboveBacklogDays?: number;
  desiredRetention?: number;
  horizonDays?: number;
  /** False: no weekly re-fit, FSRS's default weights throughout. */
  refit?: boolean;
  /** Grade a right answer by the posterior that it was recalled, not guessed. */
  gradeGuesses?: boolean;
  /** Fit on the log with right answers discounted as guesses, this many EM steps a re-fit. */
  fitGuesses?: number;
  /** The grade FSRS is given for a wrong answer (its feedback is a restudy, not a blank). */
  wrongAs?: 'partial' | 'right';
  /** When the lesson's questions are first asked (the cohort setting). */
  lessonQuestions?: LessonQuestions;
}

export const WHAT_IFS: Record<string, WhatIf> = {
  engine: {},
  'due-order': { order: 'due' },
  'true-recall-highest': { trueRecall: 'highest-first' },
  'true-recall-lowest': { trueRecall: 'lowest-first' },
  'hold-backlog-2': { holdAboveBacklogDays: 2 },
  'hold-backlog-6': { holdAboveBacklogDays: 6 },
  'retention-0.7': { desiredRetention: 0.7 },
  'retention-0.95': { desiredRetention: 0.95 },
  'horizon-7': { horizonDays: 7 },
  'horizon-90': { horizonDays: 90 },
  'no-refit': { refit: false },
  'guess-grading': { gradeGuesses: true },
  'guess-fit': { fitGuesses: 1 },
  'guess-fit-3': { fitGuesses: 3 },
  'guess-aware': { gradeGuesses: true, fitGuesses: 1 },
  'guess-aware-3': { gradeGuesses: true, fitGuesses: 3 },
  'wrong-as-hard': { wrongAs: 'partial' },
  'wrong-as-good': { wrongAs: 'right' },
  'next-session': { lessonQuestions: 'next-session' },
};

type PlanDay = (input: DayPlanInput) => DayPlan;

/** The planner's plan for the day, changed as the what-if says. */
export function choosePlan(
  plan: PlanDay,
  input: DayPlanInput,
  whatIf: WhatIf,
  trueRecall: (questionId: number) => number,
): DayPlan {
  const changesChoice =
    whatIf.trueRecall !== undefined || whatIf.holdAboveBacklogDays !== undefined;
  if (!changesChoice) return plan(input);
  // Every due review, in the planner's order, to choose from.
  const all = plan({ ...input, maxReviewsPerDay: Number.MAX_SAFE_INTEGER });
  if (!all.isSessionDay) return all;
  const cap = input.maxReviewsPerDay;
  const sign = whatIf.trueRecall === 'lowest-first' ? 1 : -1;
  const reviews = whatIf.trueRecall
    ? [...all.reviews].sort((a, b) => sign * (trueRecall(a) - trueRecall(b)))
    : all.reviews;
  const hold =
    whatIf.holdAboveBacklogDays !== undefined &&
    all.reviews.length > whatIf.holdAboveBacklogDays * cap;
  const newLessons = hold ? [] : all.newLessons;
  const chosen = reviews.slice(0, cap);
  const prompts = [...newLessons.flatMap((l) => l.questionIds), ...chosen];
  return { ...all, newLessons, reviews: chosen, prompts };
}
