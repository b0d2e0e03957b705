import { default_w } from 'ts-fsrs';
import { retrievability, reviewCard } from './review-card';
import { newCardState } from './card-state';
import { answerOnDueDays, FIRST_PROMPT, lastCard } from './review-history.fixture';

describe("a course's fitted FSRS parameters", () => {
  const card = lastCard(answerOnDueDays(['right', 'right']));
  const answeredAt = new Date(card.due.getTime() + 60_000);
  // Learners who remember a first answer three times longer than the defaults expect.
  const slowForgetting = default_w.map((w, i) => (i <= 3 ? w * 3 : w));

  it('schedule the next review from the fitted memory, not the defaults', () => {
    const fresh = newCardState(FIRST_PROMPT);
    const first = (parameters?: readonly number[]) =>
      reviewCard(fresh, 'right', FIRST_PROMPT, { desiredRetention: 0.9, parameters });
    expect(first(slowForgetting).after.stability).toBeCloseTo(3 * first().after.stability, 6);
    expect(first(slowForgetting).intervalDays).toBeGreaterThan(first().intervalDays);
  });

  it('give the same answer as the defaults when they are the defaults', () => {
    const withDefaults = reviewCard(card, 'right', answeredAt, {
      desiredRetention: 0.9,
      parameters: default_w,
    });
    const plain = reviewCard(card, 'right', answeredAt, { desiredRetention: 0.9 });
    expect(withDefaults.after.stability).toBe(plain.after.stability);
  });

  it('estimate recall with their own forgetting curve', () => {
    const memory = {
      state: 'review' as const,
      stability: 10,
      lastReview: new Date('2026-03-01T01:00:00Z'),
    };
    const tenDaysLater = new Date('2026-03-11T01:00:00Z');
    // Stability is the interval at which recall is 90%, whatever the curve's decay.
    expect(retrievability(memory, tenDaysLater)).toBeCloseTo(0.9, 6);
    const flatterDecay = [...default_w];
    flatterDecay[20] = 0.1;
    const later = new Date('2026-04-20T01:00:00Z');
    expect(retrievability(memory, later, flatterDecay)).not.toBeCloseTo(
      retrievability(memory, later),
      3,
    );
  });
});
