import { newCardState } from './card-state';
import { isMastered, retrievability } from './review-card';
import { answerOnDueDays, DAY_MS, FIRST_PROMPT, lastCard } from './review-history.fixture';

describe('forgetting over time', () => {
  const once = answerOnDueDays(['right'])[0].after;
  const daysAfter = (days: number) => new Date(once.lastReview!.getTime() + days * DAY_MS);

  it('a question never answered has nothing to forget: retrievability 0', () => {
    expect(retrievability(newCardState(FIRST_PROMPT), daysAfter(3))).toBe(0);
  });

  it('is certain recall right after an answer', () => {
    expect(retrievability(once, daysAfter(0))).toBe(1);
  });

  it('falls day after day but stays a probability', () => {
    const curve = [1, 3, 10, 30, 365].map((days) => retrievability(once, daysAfter(days)));
    for (let i = 1; i < curve.length; i++) expect(curve[i]).toBeLessThan(curve[i - 1]);
    expect(curve[curve.length - 1]).toBeGreaterThanOrEqual(0);
  });

  it('falls more slowly for a question answered right several times', () => {
    const practised = lastCard(answerOnDueDays(['right', 'right', 'right']));
    const tenDaysLater = (from: Date) => new Date(from.getTime() + 10 * DAY_MS);
    expect(retrievability(practised, tenDaysLater(practised.lastReview!))).toBeGreaterThan(
      retrievability(once, tenDaysLater(once.lastReview!)),
    );
  });
});

describe('mastery', () => {
  it.each([
    [20.9, 21, false],
    [21, 21, true],
    [40, 21, true],
  ])('stability %p against %p mastery days -> %p', (stability, masteryDays, mastered) => {
    expect(isMastered({ ...newCardState(FIRST_PROMPT), stability }, masteryDays)).toBe(mastered);
  });

  it('comes from several right answers, not from one', () => {
    const history = answerOnDueDays(['right', 'right', 'right', 'right']);
    expect(isMastered(history[0].after, 21)).toBe(false);
    expect(isMastered(lastCard(history), 21)).toBe(true);
  });

  it('needs only the state, stability and last review of a card, as the planner reads it', () => {
    const card = lastCard(answerOnDueDays(['right', 'wrong', 'right']));
    const { state, stability, lastReview } = card;
    for (const days of [0.5, 2, 9, 40]) {
      const at = new Date(lastReview!.getTime() + days * DAY_MS);
      expect(retrievability({ state, stability, lastReview }, at)).toBe(retrievability(card, at));
    }
  });
});
