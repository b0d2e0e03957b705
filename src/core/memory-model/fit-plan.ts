import { DomainError } from '../errors';
import { Evaluation } from './evaluation';
import { holdOutCount, holdOutStart, trainingSequences } from './hold-out';
import { CardHistory, cardHistories, LoggedReview, TimedReview } from './review-history';

/**
 * Below these counts a fit learns noise and its hold-out figures say little: 21 parameters
 * want hundreds of answers, and a log loss over fewer than 100 answers swings by more than
 * the gap between two good parameter sets.
 */
export const FIT_MINIMUMS = { trainingReviews: 500, holdOutReviews: 100 } as const;

/**
 * A fit reads at most about this many cards: beyond it the weights barely move, while the
 * time (fsrs-rs learns ~40,000 reviews a second) and the memory of a fit grow with the log.
 */
export const FIT_SAMPLE_CARDS = 20_000;

/** Reading every n-th card (by id) keeps a large course's fit near FIT_SAMPLE_CARDS cards. */
export const cardStride = (answeredCards: number): number =>
  Math.max(1, Math.ceil(answeredCards / FIT_SAMPLE_CARDS));

/** A course's review log, ready to fit on its early part and judge on its later part. */
export interface FitData {
  histories: CardHistory[];
  /** The first instant of the hold-out (a UTC midnight). */
  holdOutStart: Date;
  training: TimedReview[][];
  holdOutReviews: number;
  reviewsRead: number;
}

/** Splits the log; refuses, naming the counts, when either part is too small to trust. */
export function prepareFit(
  reviews: readonly LoggedReview[],
  minimums: { trainingReviews: number; holdOutReviews: number } = FIT_MINIMUMS,
): FitData {
  const histories = cardHistories(reviews);
  const days = new Set(reviews.map((r) => r.reviewedAt.toISOString().slice(0, 10))).size;
  if (days < 2)
    throw tooFew(`${reviews.length} reviews on ${days} day(s); a fit needs two days at least`);
  const start = holdOutStart(histories);
  const training = trainingSequences(histories, start);
  const holdOutReviews = holdOutCount(histories, start);
  if (training.length < minimums.trainingReviews || holdOutReviews < minimums.holdOutReviews) {
    throw tooFew(
      `${training.length} training and ${holdOutReviews} hold-out reviews; a fit needs at least ` +
        `${minimums.trainingReviews} and ${minimums.holdOutReviews} ` +
        '(reviews at least a day after the card\u2019s previous one)',
    );
  }
  return { histories, holdOutStart: start, training, holdOutReviews, reviewsRead: reviews.length };
}

function tooFew(message: string): DomainError {
  return new DomainError('conflict', `Too few reviews to fit FSRS: ${message}`);
}

/** Figures of the sets compared on one hold-out. */
export interface FitComparison {
  defaults: Evaluation;
  /** The course's current fitted set, when it has one. */
  current: Evaluation | null;
  fitted: Evaluation;
}

/**
 * A fitted set replaces the one in use (the current fitted set, else the defaults) only if it
 * predicts the hold-out strictly better by log loss, the quantity FSRS itself minimises.
 */
export function fitIsBetter(comparison: FitComparison): boolean {
  const baseline = comparison.current ?? comparison.defaults;
  return comparison.fitted.logLoss < baseline.logLoss;
}
