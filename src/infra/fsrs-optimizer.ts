import {
  computeParameters,
  FSRSBindingItem,
  FSRSBindingReview,
} from '@open-spaced-repetition/binding';
import { TimedReview } from '../core/memory-model/review-history';

/**
 * Fits the 21 FSRS-6 weights to review sequences with fsrs-rs, the reference optimizer, through
 * its native binding. Short-term parameters stay off, as in the scheduler (SPEC §2). The
 * binding's progress callback is not passed on: it fires once or twice, with totals that do
 * not describe the work, and a fit of 18,000 reviews takes under a second.
 */
export async function fitFsrsParameters(sequences: readonly TimedReview[][]): Promise<number[]> {
  const items = sequences.map(
    (sequence) =>
      new FSRSBindingItem(sequence.map((r) => new FSRSBindingReview(r.rating, r.deltaDays))),
  );
  return computeParameters(items, { enableShortTerm: false });
}
