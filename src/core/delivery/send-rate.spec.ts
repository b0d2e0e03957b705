import { SendRate } from './send-rate';

const fixed = (value: number) => () => value;

describe('send rate', () => {
  it.each([
    [20, 0.5, 3000],
    [20, 0, 2100],
    [20, 1, 3900],
    [1, 0.5, 60_000],
    [1, 0, 42_000],
    [600, 0.5, 100],
    [600, 0, 70],
    [600, 1, 130],
    [7, 0.25, 7286],
  ])('%i per minute with draw %d waits %i ms', (perMinute, draw, ms) => {
    expect(new SendRate(perMinute, fixed(draw)).nextDelayMs()).toBe(ms);
  });

  it('no gap falls below half the even spacing, whatever the random source returns', () => {
    for (const draw of [-1, 0, 0.1, 0.5, 0.9, 1, 2, Number.NaN]) {
      const delay = new SendRate(20, fixed(draw)).nextDelayMs();
      expect(delay).toBeGreaterThanOrEqual(1500);
      expect(delay).toBeLessThanOrEqual(3900);
    }
  });

  it('over many messages the average gap keeps the configured rate', () => {
    let seed = 1;
    const lcg = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const rate = new SendRate(20, lcg);
    const gaps = Array.from({ length: 2000 }, () => rate.nextDelayMs());
    const average = gaps.reduce((sum, ms) => sum + ms, 0) / gaps.length;
    expect(average).toBeGreaterThan(2900);
    expect(average).toBeLessThan(3100);
    expect(new Set(gaps).size).toBeGreaterThan(100);
  });

  it('refuses a rate of zero rather than never sending', () => {
    expect(() => new SendRate(0, fixed(0.5))).toThrow(RangeError);
  });
});
