import { answerOnDueDays } from './review-history.fixture';

describe('a lapse, then relearning', () => {
  const history = answerOnDueDays(['right', 'right', 'right', 'wrong', 'right', 'right']);
  const [, , lastRight, lapse, relearn1, relearn2] = history;

  it('a wrong answer is rated again and counted as a lapse', () => {
    expect(lapse.rating).toBe('again');
    expect(lapse.after.lapses).toBe(1);
    expect(lapse.after.reps).toBe(4);
  });

  it('brings the question back much sooner than the last interval, but on a later day', () => {
    expect(lapse.intervalDays).toBeLessThan(lastRight.intervalDays / 2);
    expect(lapse.intervalDays).toBeGreaterThanOrEqual(1);
  });

  it('weakens the memory', () => {
    expect(lapse.after.stability).toBeLessThan(lapse.before.stability);
  });

  it('right answers afterwards grow the interval again', () => {
    expect(relearn1.intervalDays).toBeGreaterThan(lapse.intervalDays);
    expect(relearn2.intervalDays).toBeGreaterThan(relearn1.intervalDays);
    expect(relearn2.after.lapses).toBe(1);
  });
});
