import { planDay } from './plan-day';
import { dayInput, wallClock } from './plan-day.fixture';

describe("the session starts at the learner's local delivery time, whatever the server's zone", () => {
  it.each([
    ['Shanghai 09:00 on a UTC server', 'Asia/Shanghai', '09:00', '2026-03-02T01:00:00.000Z'],
    ['Shanghai 07:30, an early riser', 'Asia/Shanghai', '07:30', '2026-03-01T23:30:00.000Z'],
    ['New York 09:00 (EST)', 'America/New_York', '09:00', '2026-03-02T14:00:00.000Z'],
    ['London 08:30 (GMT)', 'Europe/London', '08:30', '2026-03-02T08:30:00.000Z'],
  ])('%s', (_, zone, deliveryTime, expected) => {
    const plan = planDay(dayInput('2026-03-02', { zone, deliveryTime }));
    expect(plan.startAt.toISOString()).toBe(expected);
    expect(wallClock(plan.startAt, zone)).toBe(`2026-03-02 ${deliveryTime}`);
  });

  it('the local date decides the day: Monday in Shanghai while the server still says Sunday', () => {
    const plan = planDay(
      dayInput('2026-03-02', { now: new Date('2026-03-01T20:00:00Z'), deliveryTime: '07:30' }),
    );
    expect(plan.isSessionDay).toBe(true);
    expect(plan.startAt.toISOString()).toBe('2026-03-01T23:30:00.000Z');
  });

  it('a session started late (deliver-now at 15:00) starts now and reminds four hours later', () => {
    const now = new Date('2026-03-02T07:00:00Z');
    const plan = planDay(dayInput('2026-03-02', { now }));
    expect(plan.startAt).toEqual(now);
    expect(wallClock(plan.reminderAt, 'Asia/Shanghai')).toBe('2026-03-02 19:00');
  });
});
