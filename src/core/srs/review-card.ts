import {
  date_diff,
  default_w,
  FSRS,
  forgetting_curve,
  fsrs,
  generatorParameters,
  Rating,
} from 'ts-fsrs';
import { CardState, copyCardState, fromFsrsCard, toFsrsCard } from './card-state';
import { Grade, gradeToRating, ReviewRating } from './grade';
import { recallGivenRight } from './guessing';

export interface ReviewOptions {
  /** Probability of recall the schedule aims for when the card comes back, in (0, 1). */
  desiredRetention: number;
  /** The course's fitted FSRS weights (21 numbers); ts-fsrs's defaults when absent. */
  parameters?: readonly number[];
  /**
   * The question's guessing rate (see `guessRate`): a right answer is then weighed as
   * evidence of recall. Absent or 0: every right answer counts as recalled.
   */
  guessRate?: number;
}

export interface ReviewResult {
  before: CardState;
  after: CardState;
  rating: ReviewRating;
  /** Whole days until the card is due again; at least 1. */
  intervalDays: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

const FSRS_RATINGS: Record<ReviewRating, Rating.Again | Rating.Hard | Rating.Good> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
};

// Building a scheduler precomputes parameters; a process plans for many cohorts sharing few
// retention values and few fitted sets, so one per (retention, set) is enough.
const schedulers = new Map<string, FSRS>();

function schedulerFor(desiredRetention: number, parameters?: readonly number[]): FSRS {
  if (!(desiredRetention > 0 && desiredRetention < 1)) {
    throw new RangeError(`desiredRetention must be between 0 and 1, got ${desiredRetention}`);
  }
  const key = parameters ? `${desiredRetention}|${parameters.join(',')}` : `${desiredRetention}`;
  let scheduler = schedulers.get(key);
  if (!scheduler) {
    // Short-term steps off: scheduling is by day, so an answer never brings its question
    // back within the same session. Fuzz spreads cards learnt together over nearby days.
    const params = generatorParameters({
      request_retention: desiredRetention,
      enable_fuzz: true,
      enable_short_term: false,
      ...(parameters ? { w: [...parameters] } : {}),
    });
    scheduler = fsrs(params);
    schedulers.set(key, scheduler);
  }
  return scheduler;
}

/** The card's next state after the learner answered at `now`. */
export function reviewCard(
  card: CardState,
  grade: Grade,
  now: Date,
  options: ReviewOptions,
): ReviewResult {
  if (card.lastReview && now < card.lastReview) {
    throw new RangeError(`Answer at ${now.toISOString()} precedes the card's last review`);
  }
  const scheduler = schedulerFor(options.desiredRetention, options.parameters);
  const rating = gradeToRating(grade);
  const recalled = recalledShare(card, grade, now, options);
  const after =
    recalled === null
      ? fromFsrsCard(scheduler.next(toFsrsCard(card), now, FSRS_RATINGS[rating]).card)
      : blend(scheduler, card, now, recalled);
  return { before: copyCardState(card), after, rating, intervalDays: after.scheduledDays };
}

/**
 * For a right answer to a question one can guess, on a card answered before: the posterior
 * probability that it was recalled. Null when the answer is taken as it is: not right, no
 * guessing, or a first answer (whose recall FSRS cannot predict: the lesson came just before).
 */
function recalledShare(
  card: CardState,
  grade: Grade,
  now: Date,
  options: ReviewOptions,
): number | null {
  const guess = options.guessRate ?? 0;
  if (grade !== 'right' || guess <= 0 || card.state === 'new' || card.lastReview === null) {
    return null;
  }
  return recallGivenRight(retrievability(card, now, options.parameters), guess);
}

/**
 * The next state after a right answer recalled with probability `p`: stability and difficulty
 * are the posterior means of Good's and Again's (the feedback relearns a guessed answer), and
 * the interval is the scheduler's for that stability. Blending, rather than rating Again when
 * p < 1/2, lets every answer count by its weight: FSRS's R at a review seldom falls below
 * g / (1 + g), where a rule by threshold would start to act.
 */
function blend(scheduler: FSRS, card: CardState, now: Date, p: number): CardState {
  const good = fromFsrsCard(scheduler.next(toFsrsCard(card), now, Rating.Good).card);
  const again = fromFsrsCard(scheduler.next(toFsrsCard(card), now, Rating.Again).card);
  const stability = p * good.stability + (1 - p) * again.stability;
  const difficulty = p * good.difficulty + (1 - p) * again.difficulty;
  const days = Math.max(0, date_diff(now, card.lastReview!, 'days'));
  const interval = Math.max(1, scheduler.next_interval(stability, days));
  const due = new Date(now.getTime() + interval * DAY_MS);
  return { ...good, stability, difficulty, scheduledDays: interval, due };
}

/** What recall depends on: a card's stability and how long ago it was last answered. */
export type RecallState = Pick<CardState, 'state' | 'stability' | 'lastReview'>;

/**
 * Estimated probability, in [0, 1], that the learner recalls the answer at `now`, by the
 * forgetting curve of `parameters` (the course's fitted set; ts-fsrs's defaults when absent).
 */
export function retrievability(
  card: RecallState,
  now: Date,
  parameters: readonly number[] = default_w,
): number {
  // Never answered means nothing to recall. Checking lastReview too spares ts-fsrs a card
  // restored without one, on which it would throw.
  if (card.state === 'new' || card.lastReview === null) return 0;
  // Retrievability depends on the memory, not on the retention target; days counted as
  // ts-fsrs's get_retrievability counts them.
  const days = Math.max(date_diff(now, card.lastReview, 'days'), 0);
  const value = forgetting_curve(parameters, days, +card.stability.toFixed(8));
  return Math.min(1, Math.max(0, value));
}

/** Mastered once memory is expected to last `masteryDays` at the default recall level. */
export function isMastered(card: CardState, masteryDays: number): boolean {
  return card.stability >= masteryDays;
}
