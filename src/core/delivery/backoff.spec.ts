import { MAX_SEND_ATTEMPTS, retryDelayMs } from './backoff';

const fixed = (value: number) => () => value;
const SECOND = 1000;
const MINUTE = 60 * SECOND;

describe('retry backoff', () => {
  it.each([
    [1, 30 * SECOND],
    [2, 60 * SECOND],
    [3, 2 * MINUTE],
    [4, 4 * MINUTE],
    [7, 32 * MINUTE],
    [8, 60 * MINUTE],
    [20, 60 * MINUTE],
  ])('after failed attempt %i the wait doubles from 30 s up to 1 h: %i ms', (attempts, ms) => {
    expect(retryDelayMs(attempts, fixed(0.5))).toBe(ms);
  });

  it.each([
    ['lowest draw', 0, 24 * SECOND, 48 * MINUTE],
    ['middle draw', 0.5, 30 * SECOND, 60 * MINUTE],
    ['highest draw', 1, 36 * SECOND, 72 * MINUTE],
    ['a faulty source above 1 is clamped', 7, 36 * SECOND, 72 * MINUTE],
    ['a faulty source below 0 is clamped', -3, 24 * SECOND, 48 * MINUTE],
    ['a faulty NaN counts as the middle', Number.NaN, 30 * SECOND, 60 * MINUTE],
  ])('jitter stays within ±20%% (%s)', (_name, random, first, capped) => {
    expect(retryDelayMs(1, fixed(random))).toBe(first);
    expect(retryDelayMs(30, fixed(random))).toBe(capped);
  });

  it('the last retry comes within minutes, so a failure reaches a person the same morning', () => {
    const total = Array.from({ length: MAX_SEND_ATTEMPTS - 1 }, (_, i) =>
      retryDelayMs(i + 1, fixed(0.999_999)),
    ).reduce((sum, ms) => sum + ms, 0);
    expect(total).toBeLessThan(10 * MINUTE);
  });
});
