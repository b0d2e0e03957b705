import { FailedAttempts } from './failed-attempts';

describe('failed attempts per client address', () => {
  it('lets an address fail up to the limit, then makes it wait for the window to end', () => {
    const attempts = new FailedAttempts(3, 60_000);
    for (let i = 0; i < 3; i++) {
      expect(attempts.waitMs('10.0.0.1', 1_000)).toBe(0);
      attempts.fail('10.0.0.1', 1_000);
    }
    expect(attempts.waitMs('10.0.0.1', 11_000)).toBe(50_000);
    expect(attempts.waitMs('10.0.0.2', 11_000)).toBe(0);
    expect(attempts.waitMs('10.0.0.1', 61_000)).toBe(0);
  });

  it('starts every address afresh once its window is over', () => {
    const attempts = new FailedAttempts(2, 60_000);
    attempts.fail('a', 0);
    attempts.fail('a', 70_000);
    expect(attempts.waitMs('a', 70_001)).toBe(0);
    attempts.fail('a', 70_002);
    expect(attempts.waitMs('a', 70_003)).toBe(59_997);
  });
});
