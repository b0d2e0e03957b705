import { planDay } from './plan-day';
import { dayInput, reviewedCard } from './plan-day.fixture';
import { newCardState } from '../srs/card-state';
import { instantAt } from './local-time';

const TUESDAY = '2026-03-03';
const at = instantAt(TUESDAY, '09:00', 'Asia/Shanghai');

/** Tuesday: lesson 1 was read on Monday and its two questions never answered. */
const afterMonday = (overrides = {}) =>
  dayInput(TUESDAY, {
    deliveredLessonIds: new Set([1]),
    cards: [
      { questionId: 101, card: newCardState(instantAt('2026-03-02', '09:00', 'Asia/Shanghai')) },
      { questionId: 102, card: newCardState(instantAt('2026-03-02', '09:00', 'Asia/Shanghai')) },
    ],
    ...overrides,
  });

describe('a lesson whose questions come in a later session (lessonQuestions: next-session)', () => {
  it('by default the lesson is followed by its own questions, then the reviews', () => {
    const plan = planDay(afterMonday());
    expect(plan.newLessons).toEqual([{ lessonId: 2, questionIds: [201, 202] }]);
    expect(plan.prompts).toEqual([201, 202, ...plan.reviews]);
    expect(plan.reviews.sort()).toEqual([101, 102]);
  });

  it('the lesson is sent, and the day asks yesterday’s questions instead of its own', () => {
    const plan = planDay(afterMonday({ lessonQuestions: 'next-session' }));
    // Lesson 2 is delivered today (its cards are made), but first asked on a later day.
    expect(plan.newLessons).toEqual([{ lessonId: 2, questionIds: [201, 202] }]);
    expect([...plan.prompts].sort()).toEqual([101, 102]);
    expect(plan.prompts).toEqual(plan.reviews);
    expect(plan.reminderAt).not.toBeNull();
  });

  it('a day with nothing else to ask asks the lesson’s questions at once', () => {
    const plan = planDay(dayInput('2026-03-02', { lessonQuestions: 'next-session' }));
    expect(plan.newLessons).toEqual([{ lessonId: 1, questionIds: [101, 102] }]);
    expect(plan.prompts).toEqual([101, 102]);
    expect(plan.reminderAt).not.toBeNull();
  });

  it('the cap still holds: the waiting questions compete with the other due reviews', () => {
    const old = [301, 302, 303].map((questionId) => ({
      questionId,
      card: reviewedCard(at, 10, 3),
    }));
    const plan = planDay(
      afterMonday({
        lessonQuestions: 'next-session',
        deliveredLessonIds: new Set([1, 3]),
        cards: [...afterMonday().cards, ...old],
        maxReviewsPerDay: 3,
      }),
    );
    expect(plan.prompts).toHaveLength(3);
    expect(plan.prompts.every((id) => [101, 102, 301, 302, 303].includes(id))).toBe(true);
  });

  it('a lesson never waits for a backlog when its questions cost the day nothing', () => {
    const backlog = Array.from({ length: 40 }, (_, i) => ({
      questionId: 1000 + i,
      card: reviewedCard(at, 30, 1),
    }));
    const plan = planDay(
      dayInput(TUESDAY, {
        lessonQuestions: 'next-session',
        deliveredLessonIds: new Set([1]),
        cards: backlog,
        maxReviewsPerDay: 2,
      }),
    );
    expect(plan.newLessons.map((l) => l.lessonId)).toEqual([2]);
    expect(plan.prompts).toHaveLength(2);
  });
});
