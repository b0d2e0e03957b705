import { reviewCard } from './review-card';
import { answerOnDueDays, lastCard } from './review-history.fixture';

describe("the cohort's desired retention", () => {
  const card = lastCard(answerOnDueDays(['right', 'right', 'right']));
  const answeredAt = new Date(card.due.getTime() + 60_000);
  const intervalAt = (desiredRetention: number) =>
    reviewCard(card, 'right', answeredAt, { desiredRetention }).intervalDays;

  it('a higher target brings questions back sooner', () => {
    expect(intervalAt(0.95)).toBeLessThan(intervalAt(0.9));
    expect(intervalAt(0.9)).toBeLessThan(intervalAt(0.8));
  });

  it('cohorts with different targets do not influence each other', () => {
    const alone = intervalAt(0.8);
    intervalAt(0.95);
    expect(intervalAt(0.8)).toBe(alone);
  });

  it.each([0, 1, 1.5, -0.2, Number.NaN])('rejects the target %p', (desiredRetention) => {
    expect(() => reviewCard(card, 'right', answeredAt, { desiredRetention })).toThrow(
      /desiredRetention/,
    );
  });
});
