import { FSRSAlgorithm, FSRSState, forgetting_curve, generatorParameters } from 'ts-fsrs';
import { recallGivenRight } from '../srs/guessing';
import { elapsedDays, LoggedReview } from './review-history';

/**
 * The review log as memory saw it, for fitting: FSRS learns "recalled or not", but a right
 * answer to a question one can guess is also what a learner who forgot gets by chance. Each
 * right answer of a card answered before stays Good with the posterior probability that it
 * was recalled (R from `parameters`, the set in use, replayed over the card's history so far)
 * and becomes Again otherwise. Imputing the outcome, rather than keeping every right answer,
 * is one step of expectation-maximisation: fitted on the result, the next set predicts memory
 * better, and the next re-fit imputes with it. The draw is a hash of the card and the time, so
 * the same log and set always give the same result.
 */
export function discountGuesses(
  reviews: readonly LoggedReview[],
  parameters: readonly number[],
): LoggedReview[] {
  const algorithm = new FSRSAlgorithm(
    generatorParameters({ w: [...parameters], enable_short_term: false }),
  );
  const byCard = new Map<number, LoggedReview[]>();
  for (const review of reviews) {
    const list = byCard.get(review.cardId) ?? [];
    list.push(review);
    byCard.set(review.cardId, list);
  }
  const result: LoggedReview[] = [];
  for (const list of byCard.values()) {
    const sorted = [...list].sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
    let state: FSRSState | null = null;
    let previous: Date | null = null;
    for (const review of sorted) {
      const days = previous ? elapsedDays(previous, review.reviewedAt) : 0;
      let rating = review.rating;
      if (state && rating === 3 && (review.guessRate ?? 0) > 0) {
        const recall = forgetting_curve(algorithm.parameters.w, days, state.stability);
        const recalled = recallGivenRight(recall, review.guessRate!);
        if (unitHash(review.cardId, review.reviewedAt) >= recalled) rating = 1;
      }
      result.push({ ...review, rating });
      state = algorithm.next_state(state, days, rating);
      previous = review.reviewedAt;
    }
  }
  return result;
}

/** A number in [0, 1) fixed by the card and the instant (FNV-1a). */
function unitHash(cardId: number, at: Date): number {
  let hash = 0x811c9dc5;
  for (const char of `${cardId}/${at.getTime()}`) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) / 4294967296;
}
