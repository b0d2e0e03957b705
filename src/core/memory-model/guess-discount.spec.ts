import { default_w, forgetting_curve, FSRSAlgorithm, generatorParameters } from 'ts-fsrs';
import { recallGivenRight } from '../srs/guessing';
import { discountGuesses } from './guess-discount';
import { FsrsRating, LoggedReview } from './review-history';

const DAY_MS = 86_400_000;
const start = new Date('2026-03-02T01:00:00Z');

/** Card `cardId`: a first right answer, then `rating` 30 days later, on a question guessed at `g`. */
function card(cardId: number, rating: FsrsRating, g?: number): LoggedReview[] {
  return [
    { cardId, rating: 3, reviewedAt: start, guessRate: g },
    { cardId, rating, reviewedAt: new Date(start.getTime() + 30 * DAY_MS), guessRate: g },
  ];
}

describe('fitting on memory, not on answers', () => {
  // What FSRS's defaults expect of the second answer: recall R after 30 days.
  const algorithm = new FSRSAlgorithm(generatorParameters({ enable_short_term: false }));
  const recall = forgetting_curve(default_w, 30, algorithm.next_state(null, 0, 3).stability);

  it('keeps a right answer recalled as likely as the posterior says, and relabels the rest', () => {
    const log = Array.from({ length: 4000 }, (_, i) => card(i, 3, 1 / 2)).flat();
    const second = discountGuesses(log, default_w).filter((r) => r.reviewedAt > start);
    const kept = second.filter((r) => r.rating === 3).length / second.length;
    expect(kept).toBeCloseTo(recallGivenRight(recall, 1 / 2), 1);
    expect(kept).toBeLessThan(0.95);
  });

  it('leaves first answers, wrong answers and questions nobody can guess as they were', () => {
    const log = [...card(1, 1, 1 / 2), ...card(2, 3), ...card(3, 3, 0)];
    const discounted = discountGuesses(log, default_w);
    expect(discounted.map((r) => [r.cardId, r.rating])).toEqual(
      log.map((r) => [r.cardId, r.rating]),
    );
  });

  it('gives the same log for the same reviews and set', () => {
    const log = Array.from({ length: 50 }, (_, i) => card(i, 3, 1 / 4)).flat();
    expect(discountGuesses(log, default_w)).toEqual(discountGuesses(log, default_w));
  });
});
