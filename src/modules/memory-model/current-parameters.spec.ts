import { InMemoryParameterSets, aFit } from '../../../test/factories/in-memory-parameter-sets';
import { MovableClock } from '../../core/movable-clock';
import { CurrentParameters } from './current-parameters';

describe("a course's current FSRS weights, kept in the process", () => {
  const COURSE = 'daily-course';
  let sets: InMemoryParameterSets;
  let clock: MovableClock;
  let current: CurrentParameters;

  beforeEach(() => {
    sets = new InMemoryParameterSets();
    clock = new MovableClock('2026-03-02T01:00:00Z');
    current = new CurrentParameters(sets, clock);
  });

  it('a course without a fit has none (the defaults apply), and asking again reads nothing', async () => {
    expect(await current.forCourse(COURSE)).toBeUndefined();
    expect(await current.forCourse(COURSE)).toBeUndefined();
    expect(sets.reads).toBe(1);
  });

  it("another instance's new fit is seen once the kept weights are five minutes old", async () => {
    await sets.store(aFit(COURSE, [1, 2, 3], clock.now()), 'current');
    expect(await current.forCourse(COURSE)).toEqual([1, 2, 3]);
    await sets.store(aFit(COURSE, [4, 5, 6], clock.now()), 'current');

    clock.advance(CurrentParameters.MAX_AGE_MS - 1);
    expect(await current.forCourse(COURSE)).toEqual([1, 2, 3]);
    clock.advance(1);
    expect(await current.forCourse(COURSE)).toEqual([4, 5, 6]);
  });

  it('a fit made in this process is used at once', async () => {
    expect(await current.forCourse(COURSE)).toBeUndefined();
    await sets.store(aFit(COURSE, [7, 8, 9], clock.now()), 'current');
    current.forget(COURSE);
    expect(await current.forCourse(COURSE)).toEqual([7, 8, 9]);
  });
});
