import { parseHolidayCalendar } from '../planning/holiday-calendar';
import { atRiskWindow, isAtRisk, sessionDaysBefore } from './at-risk';

// Monday 2026-03-02 .. ; Wednesday 03-11 a holiday, Saturday 03-07 an adjusted working day.
const calendar = parseHolidayCalendar(
  'name: test\nholidays: [2026-03-11]\nworkdays: [2026-03-07]\n',
);
const cohort = { workdays: [1, 2, 3, 4, 5], calendar, startDate: '2026-03-02' };
const zone = 'Asia/Shanghai';

describe('learners at risk: no answer in their last three session days', () => {
  it('counts back over session days only: holidays and weekends are skipped, adjusted working days count', () => {
    expect(sessionDaysBefore('2026-03-12', 3, cohort)).toEqual([
      '2026-03-10',
      '2026-03-09',
      '2026-03-07',
    ]);
  });

  it('starts the window at local midnight of the oldest of those days', () => {
    const window = atRiskWindow('2026-03-12', zone, cohort);
    expect(window?.since.toISOString()).toBe('2026-03-06T16:00:00.000Z');
    expect(window?.enrolledBefore.toISOString()).toBe('2026-03-07T16:00:00.000Z');
  });

  it('has no window while the cohort has held fewer than three session days', () => {
    expect(atRiskWindow('2026-03-04', zone, cohort)).toBeNull();
    expect(atRiskWindow('2026-03-05', zone, cohort)).not.toBeNull();
  });

  const window = atRiskWindow('2026-03-12', zone, cohort);
  const enrolledAt = new Date('2026-03-01T08:00:00Z');

  it.each([
    ['answered on the adjusted Saturday', 'active', '2026-03-07T01:30:00Z', false],
    [
      'last answered on Friday, before the three session days',
      'active',
      '2026-03-06T01:30:00Z',
      true,
    ],
    ['never answered (never joined the bot)', 'active', null, true],
    ['paused', 'paused', null, false],
    ['completed', 'completed', null, false],
  ])('a learner who %s: at risk = %s', (_case, status, last, expected) => {
    const lastAnswerAt = last === null ? null : new Date(last as string);
    expect(isAtRisk({ status: status as string, enrolledAt, lastAnswerAt }, window)).toBe(expected);
  });

  it('spares a learner enrolled after the window began', () => {
    const late = {
      status: 'active',
      enrolledAt: new Date('2026-03-08T02:00:00Z'),
      lastAnswerAt: null,
    };
    expect(isAtRisk(late, window)).toBe(false);
  });
});
