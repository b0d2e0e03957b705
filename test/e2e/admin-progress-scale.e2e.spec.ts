import request from 'supertest';
import { DataSource } from 'typeorm';
import { QuestionEntity } from '../../src/infra/db/entities';
import { lessonADayCourse } from '../factories/cohort-history';
import { ContentRoot } from '../factories/course-files';
import { seedLargeCohort } from '../factories/large-cohort';
import { createTestApp, TestApp } from '../support/test-app';
import { testEngine } from '../support/test-database';

const LEARNERS = 10_000;
const AT_RISK_EVERY = 50;

/**
 * The reports must be right for a cohort of SPEC §6's size; how fast they are is measured by
 * `npm run bench` (its progress part), not here, where other suites share the machine.
 */
describe(`progress of ${LEARNERS} learners (${testEngine()})`, () => {
  let t: TestApp;
  let root: ContentRoot;
  let cohortId: number;
  const get = (path: string, key = t.keys.hr) =>
    request(t.app.getHttpServer()).get(`/api/v1${path}`).set('Authorization', `Bearer ${key}`);
  const count = async (sql: string) => Number((await t.app.get(DataSource).query(sql))[0].n);

  beforeAll(async () => {
    root = new ContentRoot().write(lessonADayCourse(10));
    t = await createTestApp({ CONTENT_DIR: root.dir });
    const questions = await t.app
      .get(DataSource)
      .getRepository(QuestionEntity)
      .find({ order: { id: 'ASC' } });
    cohortId = await seedLargeCohort(t, {
      learners: LEARNERS,
      days: 30,
      atRiskEvery: AT_RISK_EVERY,
      courseId: 'daily-course',
      questions: questions.map((q) => ({ id: q.id, lessonId: q.lessonId })),
    });
  }, 600_000);
  afterAll(async () => {
    await t.close();
    root.remove();
  });

  it('reports totals and the at-risk list of everyone', async () => {
    const { body } = await get(`/cohorts/${cohortId}/progress`).expect(200);
    expect(body.totals).toMatchObject({
      learners: LEARNERS,
      paused: LEARNERS / 10,
      bound: LEARNERS,
      atRisk: LEARNERS / AT_RISK_EVERY,
      answers: await count('SELECT COUNT(*) AS n FROM review_logs'),
      correct: await count("SELECT COUNT(*) AS n FROM review_logs WHERE grade = 'right'"),
      cards: LEARNERS * 20,
      lessonsDelivered: LEARNERS * 10,
    });
    expect(body.atRisk).toHaveLength(LEARNERS / AT_RISK_EVERY);
    expect(body.learners?.items).toHaveLength(50);
  });

  it('streams a CSV row for every learner', async () => {
    const response = await get(`/cohorts/${cohortId}/progress.csv`).expect(200);
    expect(response.headers['transfer-encoding']).toBe('chunked');
    const lines = response.text.split('\r\n');
    expect(lines).toHaveLength(LEARNERS + 2);
    expect(lines[1]).toMatch(/^\d+,L0,学员0,paused,true,10,10,/);
  });

  it('draws the daily series of everyone', async () => {
    const [range] = await t.app
      .get(DataSource)
      .query('SELECT MIN(local_date) AS first, MAX(local_date) AS last FROM daily_sessions');
    const path = `/cohorts/${cohortId}/series?from=${range.first}&to=${range.last}`;
    const { body } = await get(path).expect(200);
    expect(body.recallSample).toEqual({ learners: 300, of: LEARNERS });
    const sum = (key: string) =>
      body.days.reduce((n: number, d: Record<string, number>) => n + d[key], 0);
    expect(sum('sessions')).toBe(await count('SELECT COUNT(*) AS n FROM daily_sessions'));
    expect(sum('answers')).toBe(await count('SELECT SUM(answered) AS n FROM daily_sessions'));
    for (const day of body.days) {
      expect(day.meanPredictedRecall).toBeGreaterThan(0);
      expect(day.meanPredictedRecall).toBeLessThanOrEqual(1);
    }
  });

  it('ranks every question of the course', async () => {
    const { body } = await get(`/cohorts/${cohortId}/questions`, t.keys.trainer).expect(200);
    expect(body.questions).toHaveLength(20);
    const answered = body.questions.reduce(
      (n: number, q: { timesAnswered: number }) => n + q.timesAnswered,
      0,
    );
    expect(answered).toBe(await count('SELECT COUNT(*) AS n FROM review_logs'));
  });

  it('maps every answer to its module and week', async () => {
    const { body } = await get(`/cohorts/${cohortId}/knowledge-map`, t.keys.trainer).expect(200);
    const mapped = body.modules
      .flatMap((m: { answers: number[] }) => m.answers)
      .reduce((n: number, a: number) => n + a, 0);
    expect(mapped).toBe(await count('SELECT COUNT(*) AS n FROM review_logs'));
  });
});
