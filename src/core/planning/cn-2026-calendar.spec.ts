import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isSessionDay, parseHolidayCalendar } from './holiday-calendar';
import { weekdayOf } from './local-time';

const FILE = join(__dirname, '../../../content/calendars/cn-2026.yaml');
const calendar = parseHolidayCalendar(readFileSync(FILE, 'utf8'));
const MON_FRI = [1, 2, 3, 4, 5];

describe('the shipped calendar of China 2026 (State Council notice of 2025-11-04)', () => {
  it('has the 33 days off and 6 working weekend days of the notice', () => {
    expect(calendar.name).toBe('cn-2026');
    expect(calendar.holidays.size).toBe(33);
    expect([...calendar.workdays].sort()).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
  });

  it('lists only 2026 dates, and working days only on weekends', () => {
    for (const date of [...calendar.holidays, ...calendar.workdays]) expect(date).toMatch(/^2026-/);
    for (const date of calendar.workdays) expect(weekdayOf(date)).toBeGreaterThanOrEqual(6);
  });

  it.each([
    ['2026-01-01', 'New Year (Thu)', false],
    ['2026-01-04', 'working Sunday after New Year', true],
    ['2026-02-13', 'Friday before Spring Festival', true],
    ['2026-02-14', 'working Saturday before Spring Festival', true],
    ['2026-02-16', 'Spring Festival (Mon)', false],
    ['2026-02-23', 'last day of Spring Festival (Mon)', false],
    ['2026-02-24', 'back to work (Tue)', true],
    ['2026-02-28', 'working Saturday after Spring Festival', true],
    ['2026-03-01', 'an ordinary Sunday', false],
    ['2026-04-06', 'Qingming (Mon)', false],
    ['2026-05-05', 'Labour Day (Tue)', false],
    ['2026-05-09', 'working Saturday after Labour Day', true],
    ['2026-06-19', 'Dragon Boat (Fri)', false],
    ['2026-09-20', 'working Sunday before National Day', true],
    ['2026-09-25', 'Mid-Autumn (Fri)', false],
    ['2026-10-01', 'National Day (Thu)', false],
    ['2026-10-07', 'last day of National Day (Wed)', false],
    ['2026-10-08', 'back to work (Thu)', true],
    ['2026-10-10', 'working Saturday after National Day', true],
  ])('%s, %s: session for a Mon-Fri cohort = %p', (date, _, expected) => {
    expect(isSessionDay(date, MON_FRI, calendar)).toBe(expected);
  });
});
