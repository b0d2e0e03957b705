import { newCardState } from '../srs/card-state';
import { RecallForecast, reviewValue } from '../srs/review-value';
import { chooseReviews, DueCard, holdsBackLesson } from './review-budget';
import { DAY_MS, reviewedCard } from './plan-day.fixture';

const NOW = new Date('2026-03-16T01:00:00Z');
const forecast = new RecallForecast();
const budget = (maxReviews: number) => ({
  order: 'value' as const,
  maxReviews,
  horizonDays: 21,
  forecast,
});
const card = (questionId: number, stability: number, daysAgo: number): DueCard => ({
  questionId,
  card: reviewedCard(NOW, daysAgo, stability),
});

describe('what asking a due card buys (expected gain in recall over the next 21 days)', () => {
  const firm = card(1, 30, 1); // answered yesterday, memory of a month
  const fading = card(2, 5, 10); // past its 90% point
  const neverAnswered: DueCard = {
    questionId: 3,
    card: newCardState(new Date(NOW.getTime() - DAY_MS)),
  };
  const value = (c: DueCard) => reviewValue(c.card, NOW, 21, forecast);

  it('a firm memory buys almost nothing: asking it again changes little', () => {
    expect(value(firm)).toBeLessThan(0.01);
  });

  it('a fading memory buys more: a recall now multiplies it', () => {
    expect(value(fading)).toBeGreaterThan(10 * value(firm));
  });

  it('a question never answered buys the most: its feedback teaches it from nothing', () => {
    expect(value(neverAnswered)).toBeGreaterThan(value(fading));
  });

  it('is never negative for a card the model says is partly forgotten', () => {
    for (const days of [1, 3, 10, 30, 90]) expect(value(card(9, 3, days))).toBeGreaterThan(0);
  });
});

describe('choosing the day’s reviews under a cap', () => {
  const due = [card(1, 30, 1), card(2, 5, 10), card(3, 2, 4), card(4, 60, 2)];

  it('by value: the ones worth most, best first, up to the cap', () => {
    const values = due.map((c) => [c.questionId, reviewValue(c.card, NOW, 21, forecast)] as const);
    const best = [...values].sort((a, b) => b[1] - a[1]).map(([id]) => id);
    expect(chooseReviews(due, NOW, budget(2))).toEqual(best.slice(0, 2));
    expect(chooseReviews(due, NOW, budget(2))).not.toContain(1);
  });

  it('by due date for the fixed-rule baselines: the ones waiting longest first', () => {
    const byDue = [...due].sort((a, b) => a.card.due.getTime() - b.card.due.getTime());
    expect(chooseReviews(due, NOW, { ...budget(3), order: 'due' })).toEqual(
      byDue.slice(0, 3).map((c) => c.questionId),
    );
  });

  it('no reviews when the cap is 0, all of them when the cap is larger than the backlog', () => {
    expect(chooseReviews(due, NOW, budget(0))).toEqual([]);
    expect(chooseReviews(due, NOW, budget(10)).sort()).toEqual([1, 2, 3, 4]);
  });
});

describe('holding back the new lesson', () => {
  it('waits while more reviews are due than two days of the cap clear', () => {
    expect(holdsBackLesson(11, { order: 'value', maxReviews: 5 })).toBe(true);
    expect(holdsBackLesson(10, { order: 'value', maxReviews: 5 })).toBe(false);
  });

  it('never waits under a fixed rule, nor when no reviews are allowed at all', () => {
    expect(holdsBackLesson(50, { order: 'due', maxReviews: 5 })).toBe(false);
    expect(holdsBackLesson(50, { order: 'value', maxReviews: 0 })).toBe(false);
  });
});
