import { MovableClock } from './movable-clock';

describe('MovableClock', () => {
  it('stands still until told to move', () => {
    const clock = new MovableClock('2026-03-02T01:00:00Z');
    expect(clock.now().toISOString()).toBe('2026-03-02T01:00:00.000Z');
    clock.advance(90_000);
    expect(clock.now().toISOString()).toBe('2026-03-02T01:01:30.000Z');
  });

  it('jumps back when set, but never goes back when moved to an earlier time', () => {
    const clock = new MovableClock('2026-03-02T09:00:00Z');
    clock.moveTo(new Date('2026-03-02T08:00:00Z'));
    expect(clock.now().toISOString()).toBe('2026-03-02T09:00:00.000Z');
    clock.set('2026-03-02T08:00:00Z');
    expect(clock.now().toISOString()).toBe('2026-03-02T08:00:00.000Z');
  });

  it('hands out copies, so a caller changing a date does not move the clock', () => {
    const clock = new MovableClock('2026-03-02T09:00:00Z');
    clock.now().setUTCHours(0);
    expect(clock.now().toISOString()).toBe('2026-03-02T09:00:00.000Z');
  });
});
