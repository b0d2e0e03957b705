import { DayRecord } from '../../src/core/simulation/run-summary';
import { FixedIntervalsPolicy } from '../../src/core/srs/policy-fixed';
import { QstreamPolicy } from '../../src/core/srs/policy-qstream';
import { FsrsPolicy, SchedulingPolicy } from '../../src/core/srs/policy';
import { simulate, SimulationRun } from '../../scripts/simulate/simulation';
import { createTestDatabase, testEngine } from '../support/test-database';

const LEARNERS = 4;
const QUESTIONS_PER_LESSON = 3;

async function run(policy: SchedulingPolicy, seed = 'spec'): Promise<SimulationRun> {
  const db = await createTestDatabase();
  try {
    return await simulate({
      learners: LEARNERS,
      days: 10,
      policy,
      seed,
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
    fsrs = await run(new FsrsPolicy());
    qstream = await run(new QstreamPolicy());
    fixed = await run(new FixedIntervalsPolicy());
  }, 180_000);

  it('gives the same days and results for the same seed', async () => {
    const again = await run(new FsrsPolicy());
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

  it('under Qstream asks least: nothing answered comes back within three weeks', () => {
    const prompts = (r: SimulationRun) => r.summary.prompts;
    expect(prompts(fsrs)).toBeGreaterThan(prompts(qstream));
    expect(prompts(fixed)).toBeGreaterThan(prompts(qstream));
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
});
