import {
  afterAttempt,
  ease,
  firstExposure,
  MEMORY_DEFAULTS,
  recallProbability,
} from './memory-model';

const DAY_MS = 24 * 60 * 60 * 1000;
const READ_AT = Date.UTC(2026, 2, 2, 1, 30);
const days = (n: number) => READ_AT + n * DAY_MS;
const average = ease(1, 0.5);

describe("a synthetic learner's memory", () => {
  it('recalls nothing of a question never studied', () => {
    expect(recallProbability(undefined, days(1))).toBe(0);
  });

  it('after one reading, recalls an average question for sure at once and half of the time a half-life later', () => {
    const trace = firstExposure(average, READ_AT);
    expect(recallProbability(trace, READ_AT)).toBe(1);
    expect(recallProbability(trace, days(MEMORY_DEFAULTS.initialHalfLifeDays))).toBeCloseTo(0.5);
    expect(recallProbability(trace, days(3 * MEMORY_DEFAULTS.initialHalfLifeDays))).toBeCloseTo(
      0.125,
    );
  });

  it('keeps an easy question, or one a skilled learner meets, longer', () => {
    const at = days(3);
    const recall = (e: number) => recallProbability(firstExposure(e, READ_AT), at);
    expect(recall(ease(1, 0.1))).toBeGreaterThan(recall(average));
    expect(recall(ease(1.5, 0.5))).toBeGreaterThan(recall(average));
    expect(recall(ease(1, 0.9))).toBeLessThan(recall(average));
  });

  it('a recall days later multiplies the half-life by 2.5 for an average learner and question', () => {
    const trace = afterAttempt(firstExposure(average, READ_AT), {
      recalled: true,
      itemEase: average,
      atMs: days(3),
      noise: 0,
    });
    expect(trace.halfLifeDays).toBeCloseTo(MEMORY_DEFAULTS.initialHalfLifeDays * 2.5);
    expect(trace.lastExposureMs).toBe(days(3));
  });

  it('a recall minutes after reading is massed practice: no growth, the clock restarts', () => {
    const trace = afterAttempt(firstExposure(average, READ_AT), {
      recalled: true,
      itemEase: average,
      atMs: READ_AT + 30_000,
      noise: 2,
    });
    expect(trace).toEqual({
      halfLifeDays: MEMORY_DEFAULTS.initialHalfLifeDays,
      lastExposureMs: READ_AT + 30_000,
    });
  });

  it('a failure halves a long half-life, but the feedback leaves at least what one reading gives', () => {
    const fail = (halfLifeDays: number) =>
      afterAttempt(
        { halfLifeDays, lastExposureMs: READ_AT },
        { recalled: false, itemEase: average, atMs: days(20), noise: 0 },
      ).halfLifeDays;
    expect(fail(20)).toBe(10);
    expect(fail(6)).toBe(MEMORY_DEFAULTS.initialHalfLifeDays);
  });

  it('noise scales the growth of a recall, log-normally', () => {
    const grow = (noise: number) =>
      afterAttempt(
        { halfLifeDays: 3, lastExposureMs: READ_AT },
        { recalled: true, itemEase: average, atMs: days(3), noise },
      ).halfLifeDays;
    expect(grow(1) / grow(0)).toBeCloseTo(Math.exp(MEMORY_DEFAULTS.growthNoiseSd));
    expect(grow(-1) / grow(0)).toBeCloseTo(Math.exp(-MEMORY_DEFAULTS.growthNoiseSd));
  });
});
