import { ACT_R_DEFAULTS, createActRModel, traceStrength, withExposure } from './act-r-model';
import { createHalfLifeModel } from './half-life-model';
import { checkedLearnerModel, CreateLearnerModel } from './learner-model';

const DAY_MS = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 2, 2, 1, 30);
const ITEM = 'course/lesson/q1';
const MODELS: Array<[string, CreateLearnerModel]> = [
  ['half-life', createHalfLifeModel],
  ['act-r', createActRModel],
];

describe.each(MODELS)('the %s learner model', (_name, create) => {
  it('recalls nothing of a question never read, and recall falls as days pass', () => {
    const model = create({ seed: 's', learners: 2 });
    expect(model.recall(0, ITEM, T0)).toBe(0);
    model.study(0, ITEM, T0);
    const recall = [1, 3, 10, 30].map((d) => model.recall(0, ITEM, T0 + d * DAY_MS));
    expect(recall[0]).toBeGreaterThan(0.5);
    for (let i = 1; i < recall.length; i++) expect(recall[i]).toBeLessThan(recall[i - 1]);
    expect(model.recall(1, ITEM, T0 + DAY_MS)).toBe(0);
  });

  it('measuring recall changes nothing', () => {
    const model = create({ seed: 's', learners: 1 });
    model.study(0, ITEM, T0);
    const once = model.recall(0, ITEM, T0 + 5 * DAY_MS);
    model.recall(0, ITEM, T0 + DAY_MS);
    expect(model.recall(0, ITEM, T0 + 5 * DAY_MS)).toBe(once);
  });

  it('a spaced recall keeps the question longer than no practice', () => {
    const practised = create({ seed: 's', learners: 1 });
    const idle = create({ seed: 's', learners: 1 });
    for (const m of [practised, idle]) m.study(0, ITEM, T0);
    practised.attempt(0, ITEM, T0 + 2 * DAY_MS, true);
    const at = T0 + 20 * DAY_MS;
    expect(practised.recall(0, ITEM, at)).toBeGreaterThan(idle.recall(0, ITEM, at));
  });

  it('the feedback on a question never read teaches it', () => {
    const model = create({ seed: 's', learners: 1 });
    model.attempt(0, ITEM, T0, false);
    expect(model.recall(0, ITEM, T0 + 60_000)).toBeGreaterThan(0.5);
  });

  it('is the same memory for the same seed, and differs between learners', () => {
    const run = (seed: string, learner: number) => {
      const model = create({ seed, learners: 2 });
      model.study(learner, ITEM, T0);
      model.attempt(learner, ITEM, T0 + 3 * DAY_MS, true);
      return model.recall(learner, ITEM, T0 + 10 * DAY_MS);
    };
    expect(run('a', 0)).toBe(run('a', 0));
    expect(run('a', 0)).not.toBe(run('a', 1));
  });

  it('passes the plug-in check', () => {
    expect(() => checkedLearnerModel(create({ seed: 's', learners: 1 }), 'built-in')).not.toThrow();
  });
});

describe('ACT-R activation-dependent decay (Pavlik & Anderson 2005)', () => {
  const beta = ACT_R_DEFAULTS.baseline;

  it('the first exposure decays at a = 0.177; one made while memory is strong decays faster', () => {
    const once = withExposure(undefined, T0, beta, ACT_R_DEFAULTS);
    expect(once.decays).toEqual([0.177]);
    const massed = withExposure(once, T0 + 60_000, beta, ACT_R_DEFAULTS);
    const spaced = withExposure(once, T0 + 7 * DAY_MS, beta, ACT_R_DEFAULTS);
    expect(massed.decays[1]).toBeGreaterThan(spaced.decays[1]);
    expect(spaced.decays[1]).toBeCloseTo(
      ACT_R_DEFAULTS.decayScale * Math.exp(beta + traceStrength(once, T0 + 7 * DAY_MS)) + 0.177,
    );
  });

  it('forgets as a power of time: strength falls by d * ln 10 per tenfold age', () => {
    const once = withExposure(undefined, T0, beta, ACT_R_DEFAULTS);
    const at = (seconds: number) => traceStrength(once, T0 + seconds * 1000);
    expect(at(1000) - at(10_000)).toBeCloseTo(0.177 * Math.log(10));
    expect(at(100_000) - at(1_000_000)).toBeCloseTo(0.177 * Math.log(10));
  });

  it('two exposures a day apart outlast two a minute apart, a month later (the spacing effect)', () => {
    const once = withExposure(undefined, T0, beta, ACT_R_DEFAULTS);
    const massed = withExposure(once, T0 + 60_000, beta, ACT_R_DEFAULTS);
    const spaced = withExposure(once, T0 + DAY_MS, beta, ACT_R_DEFAULTS);
    const month = T0 + 30 * DAY_MS;
    expect(traceStrength(spaced, month)).toBeGreaterThan(traceStrength(massed, month));
  });
});
