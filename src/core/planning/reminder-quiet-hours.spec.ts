import { planDay } from './plan-day';
import { curriculumOf, dayInput, wallClock } from './plan-day.fixture';
import { DEFAULT_QUIET_HOURS, quietUntil } from './reminder';

const ZONE = 'Asia/Shanghai';
const LUNCH = { start: '12:00', end: '14:00' };
const NONE = { start: '00:00', end: '00:00' };

describe('the reminder to a learner who has not answered', () => {
  it.each([
    ['09:00 + 4 h, outside quiet hours', '09:00', 4, DEFAULT_QUIET_HOURS, '2026-03-02 13:00'],
    ['17:00 + 4 h, just before quiet hours', '17:00', 4, DEFAULT_QUIET_HOURS, '2026-03-02 21:00'],
    [
      '04:00 + 2 h, in the morning quiet hours, waits until 08:00',
      '04:00',
      2,
      DEFAULT_QUIET_HOURS,
      '2026-03-02 08:00',
    ],
    [
      '06:00 + 2 h, exactly when quiet hours end',
      '06:00',
      2,
      DEFAULT_QUIET_HOURS,
      '2026-03-02 08:00',
    ],
    [
      '18:00 + 4 h, exactly when quiet hours start: after expiry',
      '18:00',
      4,
      DEFAULT_QUIET_HOURS,
      null,
    ],
    [
      '19:00 + 4 h, in the evening quiet hours: 08:00 is after expiry',
      '19:00',
      4,
      DEFAULT_QUIET_HOURS,
      null,
    ],
    ['09:00 + 4 h, in a lunch break, waits until 14:00', '09:00', 4, LUNCH, '2026-03-02 14:00'],
    ['07:59 + 4 h, the last minute before a lunch break', '07:59', 4, LUNCH, '2026-03-02 11:59'],
    [
      '08:00 + 4 h, the first minute of a lunch break, waits',
      '08:00',
      4,
      LUNCH,
      '2026-03-02 14:00',
    ],
    ['20:00 + 3 h with no quiet hours', '20:00', 3, NONE, '2026-03-02 23:00'],
    ['22:30 + 2 h with no quiet hours: after expiry', '22:30', 2, NONE, null],
  ])('%s', (_, deliveryTime, reminderAfterHours, quietHours, expected) => {
    const plan = planDay(dayInput('2026-03-02', { deliveryTime, reminderAfterHours, quietHours }));
    expect(wallClock(plan.reminderAt, ZONE)).toBe(expected);
  });

  it('is not sent when the session asks nothing', () => {
    const allDelivered = new Set(curriculumOf(10).map((l) => l.lessonId));
    const plan = planDay(dayInput('2026-03-02', { deliveredLessonIds: allDelivered }));
    expect(plan.isSessionDay).toBe(true);
    expect(plan.reminderAt).toBeNull();
  });
});

describe('quiet hours', () => {
  const at = (iso: string) => new Date(iso);
  it.each([
    [
      '23:30 local, wrapping midnight -> 08:00 next day',
      '2026-03-02T15:30:00Z',
      DEFAULT_QUIET_HOURS,
      '2026-03-03 08:00',
    ],
    [
      '01:00 local, wrapping midnight -> 08:00 same day',
      '2026-03-02T17:00:00Z',
      DEFAULT_QUIET_HOURS,
      '2026-03-03 08:00',
    ],
    [
      '22:00 local, the first quiet minute',
      '2026-03-02T14:00:00Z',
      DEFAULT_QUIET_HOURS,
      '2026-03-03 08:00',
    ],
    [
      '07:59 local, the last quiet minute',
      '2026-03-02T23:59:00Z',
      DEFAULT_QUIET_HOURS,
      '2026-03-03 08:00',
    ],
    ['08:00 local, not quiet', '2026-03-03T00:00:00Z', DEFAULT_QUIET_HOURS, null],
    ['21:59 local, not quiet', '2026-03-02T13:59:00Z', DEFAULT_QUIET_HOURS, null],
    ['13:00 local in a lunch break', '2026-03-02T05:00:00Z', LUNCH, '2026-03-02 14:00'],
    ['any time, with none', '2026-03-02T15:30:00Z', NONE, null],
  ])('%s', (_, iso, quiet, expected) => {
    expect(wallClock(quietUntil(at(iso), quiet, ZONE), ZONE)).toBe(expected);
  });
});
