import { default_w } from 'ts-fsrs';
import { newCardState } from '../srs/card-state';
import { RecallForecast, reviewValue } from '../srs/review-value';
import { DueCard, spendDay } from './review-budget';
import { DAY_MS, reviewedCard } from './plan-day.fixture';

const NOW = new Date('2026-03-16T01:00:00Z');
const forecast = new RecallForecast();
const budget = (maxReviews: number, f = forecast) => ({
  order: 'value' as const,
  maxReviews,
  horizonDays: 21,
  forecast: f,
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

  it('is positive for any card the model says is partly forgotten', () => {
    for (const days of [1, 3, 10, 30, 90]) expect(value(card(9, 3, days))).toBeGreaterThan(0);
  });
});

describe('choosing the day’s reviews under a cap', () => {
  const due = [card(1, 30, 1), card(2, 5, 10), card(3, 2, 4), card(4, 60, 2)];

  it('by value: the ones worth most, best first, up to the cap', () => {
    const values = due.map((c) => [c.questionId, reviewValue(c.card, NOW, 21, forecast)] as const);
    const best = [...values].sort((a, b) => b[1] - a[1]).map(([id]) => id);
    expect(spendDay(due, 0, NOW, budget(2)).reviews).toEqual(best.slice(0, 2));
    expect(spendDay(due, 0, NOW, budget(2)).reviews).not.toContain(1);
  });

  it('by due date for the fixed-rule baselines: the ones waiting longest first', () => {
    const byDue = [...due].sort((a, b) => a.card.due.getTime() - b.card.due.getTime());
    expect(spendDay(due, 3, NOW, { ...budget(3), order: 'due' })).toEqual({
      holdLesson: false,
      reviews: byDue.slice(0, 3).map((c) => c.questionId),
    });
  });

  it('no reviews when the cap is 0, all of them when the cap is larger than the backlog', () => {
    expect(spendDay(due, 0, NOW, budget(0)).reviews).toEqual([]);
    expect(spendDay(due, 0, NOW, budget(10)).reviews.sort()).toEqual([1, 2, 3, 4]);
  });
});

describe('holding back the new lesson', () => {
  // Twelve fading cards, each worth about 0.19 of recall over three weeks.
  const backlog = Array.from({ length: 12 }, (_, i) => card(10 + i, 5, 10));

  it('never, while a first reading is worth more than the reviews it displaces (FSRS defaults)', () => {
    const spent = spendDay(backlog, 3, NOW, budget(5));
    expect(spent.holdLesson).toBe(false);
    expect(spent.reviews).toHaveLength(5);
  });

  it('when learners keep little of a first reading: the lesson waits and its three prompts go to reviews', () => {
    // A course whose fitted curve forgets a first reading within hours, and fast overall.
    const weights = [...default_w];
    weights.splice(0, 4, 0.1, 0.1, 0.1, 0.1);
    weights[20] = 0.8;
    const forgetful = new RecallForecast(weights);
    const spent = spendDay(backlog, 3, NOW, budget(5, forgetful));
    expect(spent.holdLesson).toBe(true);
    expect(spent.reviews).toHaveLength(8);
  });

  it('never under a fixed rule, nor when no reviews are allowed at all', () => {
    const forgetful = new RecallForecast(
      [...default_w.slice(0, 20), 0.8].map((w, i) => (i < 4 ? 0.1 : w)),
    );
    expect(spendDay(backlog, 3, NOW, { ...budget(5, forgetful), order: 'due' }).holdLesson).toBe(
      false,
    );
    expect(spendDay(backlog, 3, NOW, budget(0, forgetful))).toEqual({
      holdLesson: false,
      reviews: [],
    });
  });

  it('never when no lesson is left to hold', () => {
    expect(spendDay(backlog, 0, NOW, budget(5)).reviews).toHaveLength(5);
  });
});
