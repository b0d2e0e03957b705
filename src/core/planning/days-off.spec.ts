import { HolidayCalendar, isSessionDay, parseHolidayCalendar } from './holiday-calendar';
import { planDay } from './plan-day';
import { dayInput, reviewedCard } from './plan-day.fixture';

const calendar: HolidayCalendar = parseHolidayCalendar(`
name: test-cn
holidays: [2026-01-01, 2026-01-02, 2026-01-03, 2026-02-15, 2026-02-16, 2026-10-01]
workdays: [2026-01-04, 2026-02-14, 2026-02-28]
`);

const MON_FRI = [1, 2, 3, 4, 5];

describe('which days have a session', () => {
  it.each([
    ['an ordinary Monday', '2026-03-02', MON_FRI, true],
    ['an ordinary Saturday', '2026-03-07', MON_FRI, false],
    ['an ordinary Sunday', '2026-03-08', MON_FRI, false],
    ['an adjusted working Saturday (Spring Festival)', '2026-02-14', MON_FRI, true],
    ['an adjusted working Saturday after Spring Festival', '2026-02-28', MON_FRI, true],
    ['an adjusted working Sunday (New Year)', '2026-01-04', MON_FRI, true],
    ['a Monday inside Spring Festival', '2026-02-16', MON_FRI, false],
    ['National Day, a Thursday', '2026-10-01', MON_FRI, false],
    ['an adjusted Sunday for a Mon/Wed/Fri cohort', '2026-01-04', [1, 3, 5], true],
    ['a holiday Sunday for a 7-day cohort', '2026-02-15', [1, 2, 3, 4, 5, 6, 7], false],
    ['an ordinary Saturday for a weekend cohort', '2026-03-07', [6, 7], true],
    ['an adjusted Saturday for a Sunday-only cohort', '2026-02-14', [7], false],
    ['a Tuesday for a Mon/Wed/Fri cohort', '2026-03-03', [1, 3, 5], false],
  ])('%s (%s)', (_, date, workdays, expected) => {
    expect(isSessionDay(date, workdays, calendar)).toBe(expected);
  });

  it('without a calendar, holidays are ordinary days and weekends stay off', () => {
    expect(isSessionDay('2026-10-01', MON_FRI)).toBe(true);
    expect(isSessionDay('2026-02-14', MON_FRI)).toBe(false);
  });
});

describe('planning a day off', () => {
  const dueCard = { questionId: 101, card: reviewedCard(new Date('2026-01-10T01:00:00Z'), 5, 3) };
  const busy = { calendar, cohortStartDate: '2026-01-01', cards: [dueCard] };

  it.each([
    ['a weekend', '2026-03-07'],
    ['a public holiday', '2026-10-01'],
  ])('on %s nothing is sent, though a lesson and a review are waiting', (_, date) => {
    const input = dayInput(date, { ...busy, deliveredLessonIds: new Set([1]) });
    expect(planDay({ ...input, localDate: '2026-03-09' }).reviews).toEqual([101]);
    expect(planDay(input)).toMatchObject({
      isSessionDay: false,
      reason: 'day-off',
      newLessons: [],
      reviews: [],
      reminderAt: null,
    });
  });

  it('on an adjusted working Saturday the session runs as on any workday', () => {
    const plan = planDay(dayInput('2026-02-14', { calendar, cohortStartDate: '2026-01-01' }));
    expect(plan.isSessionDay).toBe(true);
    expect(plan.newLessons).toHaveLength(1);
  });
});
