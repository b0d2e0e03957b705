import { DayRecord } from '../../src/core/simulation/run-summary';
import { LEARNER_MODELS } from '../../scripts/simulate/learner-models';
import { POLICIES } from '../../scripts/simulate/options';
import { simulate, SimulationRun } from '../../scripts/simulate/simulation';
import { createTestDatabase, testEngine } from '../support/test-database';

const LEARNERS = 4;
const QUESTIONS_PER_LESSON = 3;

async function run(
  policy: string,
  learnerModel = 'half-life',
  maxReviewsPerDay?: number,
): Promise<SimulationRun> {
  const db = await createTestDatabase();
  try {
    return await simulate({
      learners: LEARNERS,
      days: 10,
      policy: POLICIES[policy].create(),
      readsLessons: POLICIES[policy].readsLessons,
      learnerModel: { name: learnerModel, create: LEARNER_MODELS[learnerModel] },
      maxReviewsPerDay,
      seed: 'spec',
      startDate: '2026-03-02',
      timezone: 'Asia/Shanghai',
      databaseUrl: db.url,
      contentDir: './content',
    });
  } finally {
    await db.drop();
  }
}

const weekend = (d: DayRecord) => ['2026-03-07', '2026-03-08'].includes(d.date);

/** The real planner and grading, ten days from Monday 2 March 2026, four synthetic learners. */
describe(`the simulator (${testEngine()})`, () => {
  let fsrs: SimulationRun;
  let qstream: SimulationRun;
  let fixed: SimulationRun;

  beforeAll(async () => {
    fsrs = await run('fsrs');
    qstream = await run('qstream');
    fixed = await run('fixed');
  }, 180_000);

  it('gives the same days and results for the same seed', async () => {
    const again = await run('fsrs');
    expect(again.days).toEqual(fsrs.days);
    expect({ ...again.summary, seconds: 0 }).toEqual({ ...fsrs.summary, seconds: 0 });
  }, 60_000);

  it('sends nothing at the weekend and at most a lesson and five reviews a learner on a working day', () => {
    for (const d of fsrs.days) {
      if (weekend(d)) expect(d).toMatchObject({ prompts: 0, answers: 0 });
      else expect(d.prompts).toBeLessThanOrEqual(LEARNERS * (QUESTIONS_PER_LESSON + 5));
    }
    expect(fsrs.days.filter((d) => !weekend(d)).every((d) => d.prompts > 0)).toBe(true);
  });

  it('under Qstream asks least: nothing answered comes back within 12 days', () => {
    const prompts = (r: SimulationRun) => r.summary.prompts;
    expect(prompts(fsrs)).toBeGreaterThan(prompts(qstream));
    expect(prompts(fixed)).toBeGreaterThan(prompts(qstream));
  });

  it('under Qstream asks each question before its answer is shown: first answers are guesses', () => {
    expect(qstream.summary.accuracy).toBeLessThan(0.7);
    expect(fsrs.summary.accuracy).toBeGreaterThan(qstream.summary.accuracy + 0.2);
  });

  it('measures true recall of every course question, split into read and never read', () => {
    for (const r of [fsrs, qstream, fixed]) {
      const s = r.summary;
      expect(s.readShare).toBeGreaterThan(0);
      expect(s.readShare).toBeLessThan(1);
      expect(s.recallEndUnread).toBe(0);
      expect(s.recallEnd).toBeCloseTo(s.recallEndRead * s.readShare, 10);
    }
  });

  it('measures true recall of every introduced question, more with more review', () => {
    for (const r of [fsrs, qstream, fixed]) {
      expect(r.summary.introduced).toBeGreaterThan(0);
      expect(r.summary.finalRecall).toBeGreaterThan(0);
      expect(r.summary.finalRecall).toBeLessThan(1);
      expect(r.summary.recallAfter30Days).toBeLessThan(r.summary.finalRecall);
    }
    expect(fixed.summary.finalRecall).toBeGreaterThan(qstream.summary.finalRecall);
  });

  it('sets the cohort cap from --max-reviews-per-day: with 0, only the lessons are asked', async () => {
    const capped = await run('fsrs', 'half-life', 0);
    expect(capped.summary.maxReviewsPerDay).toBe(0);
    expect(fsrs.summary.maxReviewsPerDay).toBe(5);
    for (const d of capped.days)
      expect(d.prompts).toBeLessThanOrEqual(LEARNERS * QUESTIONS_PER_LESSON);
    expect(capped.summary.prompts).toBeLessThan(fsrs.summary.prompts);
  }, 60_000);

  it('runs with the ACT-R learner model too, the same engine and a different memory', async () => {
    const actR = await run('fsrs', 'act-r');
    expect(actR.summary.learnerModel).toBe('act-r');
    expect(actR.summary.prompts).toBeGreaterThan(0);
    expect(actR.summary.recallEnd).not.toBe(fsrs.summary.recallEnd);
  }, 60_000);
});
