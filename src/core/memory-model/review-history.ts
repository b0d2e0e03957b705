import { dateDiffInDays } from 'ts-fsrs';
import { ReviewRating } from '../srs/grade';

/** FSRS's rating scale: Again 1, Hard 2, Good 3 (Easy 4 is never given). */
export type FsrsRating = 1 | 2 | 3;

const RATING_NUMBERS: Record<ReviewRating, FsrsRating> = { again: 1, hard: 2, good: 3 };

export function ratingNumber(rating: ReviewRating): FsrsRating {
  return RATING_NUMBERS[rating];
}

/** One answer as the review log stores it. */
export interface LoggedReview {
  cardId: number;
  rating: FsrsRating;
  reviewedAt: Date;
  /** The question's guessing rate (see `guessRate`); absent when not known. */
  guessRate?: number;
}

/** A review as FSRS sees it: the rating and the whole days since the card's previous review. */
export interface TimedReview {
  rating: FsrsRating;
  /** 0 for a card's first review. */
  deltaDays: number;
  reviewedAt: Date;
}

/** One card's reviews, oldest first. */
export type CardHistory = TimedReview[];

/**
 * Days between two reviews counted as ts-fsrs counts them when it schedules (calendar days in
 * UTC), so that fitting, evaluation and the scheduler agree on what "one day later" means.
 */
export const elapsedDays = (previous: Date, current: Date): number =>
  Math.max(0, dateDiffInDays(previous, current));

/** Groups the log per card and orders each card's reviews in time (ties keep log order). */
export function cardHistories(reviews: readonly LoggedReview[]): CardHistory[] {
  const byCard = new Map<number, LoggedReview[]>();
  for (const review of reviews) {
    const list = byCard.get(review.cardId);
    if (list) list.push(review);
    else byCard.set(review.cardId, [review]);
  }
  return [...byCard.values()].map((list) => {
    const sorted = [...list].sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
    return sorted.map((review, i) => ({
      rating: review.rating,
      deltaDays: i === 0 ? 0 : elapsedDays(sorted[i - 1].reviewedAt, review.reviewedAt),
      reviewedAt: review.reviewedAt,
    }));
  });
}
