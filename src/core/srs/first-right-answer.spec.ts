import { newCardState } from './card-state';
import { reviewCard, retrievability } from './review-card';
import { answerOnDueDays, DAY_MS, FIRST_PROMPT } from './review-history.fixture';

describe('a first right answer', () => {
  const answeredAt = new Date(FIRST_PROMPT.getTime() + 2 * 60 * 1000);

  it('a question never answered is due at once and not remembered', () => {
    const card = newCardState(FIRST_PROMPT);
    expect(card).toMatchObject({ state: 'new', reps: 0, lapses: 0, lastReview: null });
    expect(card.due).toEqual(FIRST_PROMPT);
    expect(retrievability(card, FIRST_PROMPT)).toBe(0);
  });

  it('is rated good and schedules the question a few days later', () => {
    const card = newCardState(FIRST_PROMPT);
    const { before, after, rating, intervalDays } = reviewCard(card, 'right', answeredAt, {
      desiredRetention: 0.9,
    });

    expect(rating).toBe('good');
    expect(before).toEqual(card);
    expect(after).toMatchObject({ state: 'review', reps: 1, lapses: 0, lastReview: answeredAt });
    expect(intervalDays).toBeGreaterThanOrEqual(2);
    expect(after.due.getTime()).toBe(answeredAt.getTime() + intervalDays * DAY_MS);
  });

  it('leaves the card it was given untouched, so the review log keeps the old state', () => {
    const card = newCardState(FIRST_PROMPT);
    const snapshot = structuredClone(card);
    reviewCard(card, 'right', answeredAt, { desiredRetention: 0.9 });
    expect(card).toEqual(snapshot);
  });

  it('each further right answer on the due day pushes the question further out', () => {
    const intervals = answerOnDueDays(['right', 'right', 'right', 'right', 'right']).map(
      (r) => r.intervalDays,
    );
    for (let i = 1; i < intervals.length; i++) {
      expect(intervals[i]).toBeGreaterThan(intervals[i - 1]);
    }
    expect(intervals[intervals.length - 1]).toBeGreaterThan(30);
  });

  it('refuses an answer time earlier than the last review, rather than scheduling backwards', () => {
    const { after } = reviewCard(newCardState(FIRST_PROMPT), 'right', answeredAt, {
      desiredRetention: 0.9,
    });
    const earlier = new Date(answeredAt.getTime() - 60_000);
    expect(() => reviewCard(after, 'right', earlier, { desiredRetention: 0.9 })).toThrow(
      /precedes/,
    );
  });
});
