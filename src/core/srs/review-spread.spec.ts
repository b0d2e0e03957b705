import { CardState } from './card-state';
import { reviewCard } from './review-card';
import { answerOnDueDays, lastCard } from './review-history.fixture';

describe('questions learnt together', () => {
  it('are spread over nearby days instead of all coming back on one day', () => {
    const card = lastCard(answerOnDueDays(['right', 'right']));
    const intervals = new Set(
      Array.from({ length: 20 }, (_, i) => {
        const answeredAt = new Date(card.due.getTime() + i * 61_000);
        return reviewCard(card, 'right', answeredAt, { desiredRetention: 0.9 }).intervalDays;
      }),
    );
    expect(intervals.size).toBeGreaterThan(1);
  });
});

describe('a card kept as JSON', () => {
  const revive = (json: string): CardState => {
    const plain = JSON.parse(json) as CardState & { due: string; lastReview: string | null };
    return {
      ...plain,
      due: new Date(plain.due),
      lastReview: plain.lastReview ? new Date(plain.lastReview) : null,
    };
  };

  it('schedules exactly like the card it was saved from', () => {
    const card = lastCard(answerOnDueDays(['right', 'wrong']));
    const answeredAt = new Date(card.due.getTime() + 60_000);
    const stored = revive(JSON.stringify(card));

    expect(stored).toEqual(card);
    expect(reviewCard(stored, 'right', answeredAt, { desiredRetention: 0.9 })).toEqual(
      reviewCard(card, 'right', answeredAt, { desiredRetention: 0.9 }),
    );
  });
});
