import { newCardState } from './card-state';
import { Grade, gradeToRating } from './grade';
import { reviewCard } from './review-card';
import { answerOnDueDays, FIRST_PROMPT, lastCard } from './review-history.fixture';

describe('how good the answer was', () => {
  it.each([
    ['wrong', 'again'],
    ['partial', 'hard'],
    ['right', 'good'],
  ] as const)('a %s answer is rated %s', (grade, rating) => {
    expect(gradeToRating(grade)).toBe(rating);
  });

  const cases = [
    ['a question seen for the first time', newCardState(FIRST_PROMPT)],
    ['a question known for weeks', lastCard(answerOnDueDays(['right', 'right', 'right']))],
  ] as const;

  it.each(cases)('on %s: wrong comes back soonest, partly right in between', (_, card) => {
    const answeredAt = new Date(Math.max(card.due.getTime(), FIRST_PROMPT.getTime()) + 60_000);
    const interval = (grade: Grade) =>
      reviewCard(card, grade, answeredAt, { desiredRetention: 0.9 }).intervalDays;

    expect(interval('wrong')).toBeGreaterThanOrEqual(1);
    expect(interval('partial')).toBeGreaterThan(interval('wrong'));
    expect(interval('right')).toBeGreaterThan(interval('partial'));
  });
});
