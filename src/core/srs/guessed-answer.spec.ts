import { reviewCard, retrievability } from './review-card';
import { answerOnDueDays, DAY_MS, lastCard } from './review-history.fixture';

describe('a right answer that may have been a guess', () => {
  const options = { desiredRetention: 0.9 };
  // Answered right twice on its due days, then left for 60 days: FSRS expects R of about 0.77.
  const card = lastCard(answerOnDueDays(['right', 'right']));
  const late = new Date(card.lastReview!.getTime() + 60 * DAY_MS);
  const recall = retrievability(card, late);
  const good = reviewCard(card, 'right', late, options).after;
  const again = reviewCard(card, 'wrong', late, options).after;

  it('on a question nobody can guess counts as recalled, as before', () => {
    expect(reviewCard(card, 'right', late, { ...options, guessRate: 0 }).after).toEqual(good);
  });

  it('on true/false moves the memory between Good and Again by the chance it was recalled', () => {
    const p = recall / (recall + (1 - recall) / 2);
    const { after, rating } = reviewCard(card, 'right', late, { ...options, guessRate: 1 / 2 });
    expect(rating).toBe('good');
    expect(after.stability).toBeCloseTo(p * good.stability + (1 - p) * again.stability, 8);
    expect(after.difficulty).toBeCloseTo(p * good.difficulty + (1 - p) * again.difficulty, 8);
    expect(after.stability).toBeLessThan(good.stability);
    expect(after.stability).toBeGreaterThan(again.stability);
    expect(after.due.getTime()).toBe(late.getTime() + after.scheduledDays * DAY_MS);
    expect(after.scheduledDays).toBeLessThan(good.scheduledDays);
  });

  it('says less on true/false than on a question with four choices', () => {
    const on = (guessRate: number) =>
      reviewCard(card, 'right', late, { ...options, guessRate }).after.stability;
    expect(on(1 / 2)).toBeLessThan(on(1 / 4));
  });

  it('a wrong answer and a first answer are taken as they are', () => {
    const guessable = { ...options, guessRate: 1 / 2 };
    expect(reviewCard(card, 'wrong', late, guessable).after).toEqual(again);
    const first = answerOnDueDays(['right'])[0];
    const firstGuessable = reviewCard(first.before, 'right', first.after.lastReview!, guessable);
    expect(firstGuessable.after.stability).toBe(first.after.stability);
  });
});
