import { newCardState } from '../srs/card-state';
import type { CardState } from '../srs/card-state';
import { retrievability, reviewCard } from '../srs/review-card';
import { FORGETTING_CURVE, ratio } from './recall';

const DAY_MS = 24 * 60 * 60 * 1000;
const start = new Date('2026-03-02T01:00:00Z');

/** Cards as real answers leave them: right, wrong, and right twice. */
function answeredCards(): CardState[] {
  const at = (days: number) => new Date(start.getTime() + days * DAY_MS + 37_000);
  const review = (card: CardState, grade: 'right' | 'wrong', days: number) =>
    reviewCard(card, grade, at(days), { desiredRetention: 0.9 }).after;
  const fresh = newCardState(start);
  return [
    review(fresh, 'right', 0),
    review(fresh, 'wrong', 0),
    review(review(fresh, 'right', 0), 'right', 3),
  ];
}

/** The curve as the report's SQL evaluates it. */
function curve(card: CardState, now: Date): number {
  const days = Math.max(0, Math.floor((now.getTime() - card.lastReview!.getTime()) / DAY_MS));
  return Math.pow(1 + (FORGETTING_CURVE.factor * days) / card.stability, FORGETTING_CURVE.decay);
}

describe('the forgetting curve the progress report applies in SQL', () => {
  it.each([0, 0.5, 1, 2.99, 3, 7, 30, 365])(
    'gives what ts-fsrs gives (core/srs retrievability) %s days after the first answer',
    (days) => {
      const now = new Date(start.getTime() + days * DAY_MS);
      for (const card of answeredCards().filter((c) => c.lastReview! <= now)) {
        expect(curve(card, now)).toBeCloseTo(retrievability(card, now), 8);
      }
    },
  );

  it('is 1 on the day of an answer: memory starts whole', () => {
    const [right] = answeredCards();
    expect(curve(right, new Date(right.lastReview!.getTime() + 1000))).toBe(1);
  });

  it('rounds ratios to four decimals and has none for an empty whole', () => {
    expect(ratio(2, 3)).toBe(0.6667);
    expect(ratio(0, 0)).toBeNull();
  });
});
