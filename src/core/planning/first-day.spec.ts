import { planDay } from './plan-day';
import { curriculumOf, dayInput, wallClock } from './plan-day.fixture';

describe('the first days of a cohort (Mon 2026-03-02, Shanghai, 09:00)', () => {
  it('day one brings the first lesson with its questions and nothing to review', () => {
    const plan = planDay(dayInput('2026-03-02'));

    expect(plan.isSessionDay).toBe(true);
    expect(plan.reason).toBeUndefined();
    expect(plan.newLessons).toEqual([{ lessonId: 1, questionIds: [101, 102] }]);
    expect(plan.reviews).toEqual([]);
    expect(plan.startAt.toISOString()).toBe('2026-03-02T01:00:00.000Z');
    expect(plan.expiresAt.toISOString()).toBe('2026-03-02T16:00:00.000Z');
    expect(wallClock(plan.reminderAt, 'Asia/Shanghai')).toBe('2026-03-02 13:00');
  });

  it('day two brings the next lesson in curriculum order', () => {
    const plan = planDay(dayInput('2026-03-03', { deliveredLessonIds: new Set([1]) }));
    expect(plan.newLessons.map((l) => l.lessonId)).toEqual([2]);
  });

  it('a cohort allowed two lessons a day gets the next two', () => {
    const plan = planDay(
      dayInput('2026-03-03', { deliveredLessonIds: new Set([1]), newLessonsPerDay: 2 }),
    );
    expect(plan.newLessons.map((l) => l.lessonId)).toEqual([2, 3]);
  });

  it('follows the curriculum order, not the lesson ids', () => {
    const [one, two, three] = curriculumOf(3);
    const plan = planDay(dayInput('2026-03-02', { curriculum: [three, one, two] }));
    expect(plan.newLessons.map((l) => l.lessonId)).toEqual([3]);
  });

  it('the day before the cohort starts is not a session day, even with content waiting', () => {
    const plan = planDay(dayInput('2026-03-01'));
    expect(plan).toMatchObject({
      isSessionDay: false,
      reason: 'before-start',
      newLessons: [],
      reviews: [],
      reminderAt: null,
    });
  });

  it('a start date on a weekend waits for the first working day', () => {
    const saturdayStart = { cohortStartDate: '2026-03-07' };
    expect(planDay(dayInput('2026-03-07', saturdayStart)).reason).toBe('day-off');
    expect(planDay(dayInput('2026-03-09', saturdayStart)).newLessons).toHaveLength(1);
  });
});
