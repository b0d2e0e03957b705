import { MovableClock } from '../movable-clock';
import { maySend, nextSendAt, sendGapMs } from './send-pace';

const fixed = (value: number) => () => value;

/** Counts the most sends found in any 60 s window (closed at both ends). */
function busiestMinute(times: number[]): number {
  let most = 0;
  for (const start of times)
    most = Math.max(most, times.filter((t) => t >= start && t <= start + 60_000).length);
  return most;
}

describe('the per-account send rate', () => {
  it.each([
    [20, 0, 3060],
    [20, 0.25, 3135],
    [20, 1, 3360],
    [1, 0, 61_200],
    [600, 0, 102],
  ])('%i a minute with draw %d leaves %i ms before the next send', (perMinute, draw, ms) => {
    expect(sendGapMs(perMinute, fixed(draw))).toBe(ms);
  });

  it('never leaves less than the even spacing, whatever the random source returns', () => {
    for (const draw of [-1, 0, 0.5, 1, 2, Number.NaN]) {
      expect(sendGapMs(20, fixed(draw))).toBeGreaterThan(3000);
    }
  });

  it('refuses a rate of zero rather than never sending', () => {
    expect(() => sendGapMs(0, fixed(0.5))).toThrow(RangeError);
  });

  it('counts from the later of now and the time it had: a late send makes no burst', () => {
    const now = new Date('2026-03-02T01:00:00Z');
    expect(nextSendAt(null, now, 20, fixed(0))).toEqual(new Date('2026-03-02T01:00:03.060Z'));
    const ahead = new Date('2026-03-02T01:00:02Z');
    expect(nextSendAt(ahead, now, 20, fixed(0))).toEqual(new Date('2026-03-02T01:00:05.060Z'));
  });

  it('two instances sharing one account send at most its rate in any 60 s, with a backlog', () => {
    const clock = new MovableClock('2026-03-02T01:00:00Z');
    let seed = 7;
    const lcg = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    let next: Date | null = null;
    const sent: number[] = [];
    const senders = new Set<string>();
    // Each polls every 250 ms, out of step with the other; next_send_at is the row they share.
    for (let ms = 0; ms < 10 * 60_000; ms += 125) {
      clock.set(new Date(Date.parse('2026-03-02T01:00:00Z') + ms));
      const instance = ms % 250 === 0 ? 'a' : 'b';
      if (!maySend(next, clock.now())) continue;
      next = nextSendAt(next, clock.now(), 20, lcg);
      sent.push(ms);
      senders.add(instance);
    }
    expect(senders).toEqual(new Set(['a', 'b']));
    expect(busiestMinute(sent)).toBeLessThanOrEqual(20);
    expect(sent.length).toBeGreaterThan(160);
  });
});
