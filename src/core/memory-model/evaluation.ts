import { FSRSAlgorithm, FSRSState, forgetting_curve, generatorParameters } from 'ts-fsrs';
import { isPredictable } from './hold-out';
import { CardHistory } from './review-history';

/** How well a parameter set predicted the hold-out answers; lower is better for both. */
export interface Evaluation {
  /** Mean negative log-likelihood of the answers (recalled = rated better than Again). */
  logLoss: number;
  /** Root mean squared difference between predicted recall and the 0/1 outcome. */
  rmse: number;
  /** Hold-out reviews judged. */
  reviews: number;
}

// A prediction of exactly 0 or 1 that turns out wrong would make the loss infinite.
const EPSILON = 1e-6;

/**
 * Replays every card's whole history with `parameters` (training days included, so each
 * hold-out review is predicted from everything before it) and scores the prediction of
 * recall at each predictable review on or after `start`.
 */
export function evaluateParameters(
  histories: readonly CardHistory[],
  start: Date,
  parameters: readonly number[],
): Evaluation {
  const algorithm = new FSRSAlgorithm(
    generatorParameters({ w: [...parameters], enable_short_term: false }),
  );
  let loss = 0;
  let squares = 0;
  let reviews = 0;
  for (const history of histories) {
    let state: FSRSState | null = null;
    history.forEach((review, i) => {
      if (state && review.reviewedAt >= start && isPredictable(review, i)) {
        const predicted = forgetting_curve(
          algorithm.parameters.w,
          review.deltaDays,
          state.stability,
        );
        const p = Math.min(1 - EPSILON, Math.max(EPSILON, predicted));
        const recalled = review.rating > 1 ? 1 : 0;
        loss -= recalled * Math.log(p) + (1 - recalled) * Math.log(1 - p);
        squares += (predicted - recalled) ** 2;
        reviews += 1;
      }
      state = algorithm.next_state(state, review.deltaDays, review.rating);
    });
  }
  if (reviews === 0) throw new RangeError('The hold-out has no review to predict');
  return { logLoss: loss / reviews, rmse: Math.sqrt(squares / reviews), reviews };
}
