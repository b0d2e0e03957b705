import { planDay } from './plan-day';
import { dayInput, wallClock } from './plan-day.fixture';

const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

describe('sessions on the days the clocks change', () => {
  it.each([
    [
      'New York spring forward, 02:30 does not exist',
      'America/New_York',
      '2026-03-08',
      '02:30',
      '2026-03-08T07:00:00.000Z',
      '2026-03-08 03:00',
      '2026-03-09T04:00:00.000Z',
      '2026-03-08 08:00',
    ],
    [
      'New York spring forward, 09:00',
      'America/New_York',
      '2026-03-08',
      '09:00',
      '2026-03-08T13:00:00.000Z',
      '2026-03-08 09:00',
      '2026-03-09T04:00:00.000Z',
      '2026-03-08 13:00',
    ],
    [
      'New York fall back, 01:30 happens twice',
      'America/New_York',
      '2026-11-01',
      '01:30',
      '2026-11-01T05:30:00.000Z',
      '2026-11-01 01:30',
      '2026-11-02T05:00:00.000Z',
      '2026-11-01 08:00',
    ],
    [
      'New York fall back, 09:00',
      'America/New_York',
      '2026-11-01',
      '09:00',
      '2026-11-01T14:00:00.000Z',
      '2026-11-01 09:00',
      '2026-11-02T05:00:00.000Z',
      '2026-11-01 13:00',
    ],
    [
      'London spring forward, 01:30 does not exist',
      'Europe/London',
      '2026-03-29',
      '01:30',
      '2026-03-29T01:00:00.000Z',
      '2026-03-29 02:00',
      '2026-03-29T23:00:00.000Z',
      '2026-03-29 08:00',
    ],
    [
      'London fall back, 09:00',
      'Europe/London',
      '2026-10-25',
      '09:00',
      '2026-10-25T09:00:00.000Z',
      '2026-10-25 09:00',
      '2026-10-26T00:00:00.000Z',
      '2026-10-25 13:00',
    ],
  ])('%s', (_, zone, date, deliveryTime, startAt, localStart, expiresAt, localReminder) => {
    const plan = planDay(dayInput(date, { zone, deliveryTime, workdays: EVERY_DAY }));

    expect(plan.isSessionDay).toBe(true);
    expect(plan.startAt.toISOString()).toBe(startAt);
    expect(wallClock(plan.startAt, zone)).toBe(localStart);
    expect(plan.expiresAt.toISOString()).toBe(expiresAt);
    expect(wallClock(plan.reminderAt, zone)).toBe(localReminder);
  });

  it('the fall-back reminder counts real hours: 01:30 EDT + 4 h is 04:30 EST, then waits for 08:00', () => {
    const plan = planDay(
      dayInput('2026-11-01', {
        zone: 'America/New_York',
        deliveryTime: '01:30',
        workdays: EVERY_DAY,
        quietHours: { start: '23:00', end: '04:00' },
      }),
    );
    expect(wallClock(plan.reminderAt, 'America/New_York')).toBe('2026-11-01 04:30');
  });
});
