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
 * SPEC §6: under a second for 10,000 learners, on SQLite. better-sqlite3 works synchronously
 * in this process, so the process's CPU time is the report's cost; wall time would also count
 * whatever else the machine runs (other suites, in parallel). On MariaDB most of the work is
 * the server's, so there the report must simply be right.
 */
const SQLITE_BUDGET_MS = 1000;

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

  it('reports totals and the at-risk list of everyone, within a second on SQLite', async () => {
    await get(`/cohorts/${cohortId}/progress`).expect(200);
    const cpuMs: number[] = [];
    let body: { totals?: unknown; atRisk?: unknown[]; learners?: { items: unknown[] } } = {};
    for (let i = 0; i < 3; i++) {
      const before = process.cpuUsage();
      body = (await get(`/cohorts/${cohortId}/progress`).expect(200)).body;
      const used = process.cpuUsage(before);
      cpuMs.push((used.user + used.system) / 1000);
    }
    if (testEngine() === 'sqlite') expect(Math.min(...cpuMs)).toBeLessThan(SQLITE_BUDGET_MS);
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

  it('draws the daily series of everyone, within a second on SQLite', async () => {
    const [range] = await t.app
      .get(DataSource)
      .query('SELECT MIN(local_date) AS first, MAX(local_date) AS last FROM daily_sessions');
    const path = `/cohorts/${cohortId}/series?from=${range.first}&to=${range.last}`;
    const before = process.cpuUsage();
    const { body } = await get(path).expect(200);
    const used = process.cpuUsage(before);
    if (testEngine() === 'sqlite') expect((used.user + used.system) / 1000).toBeLessThan(1000);
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

  it('maps every answer to its module and week, within a second on SQLite', async () => {
    const before = process.cpuUsage();
    const { body } = await get(`/cohorts/${cohortId}/knowledge-map`, t.keys.trainer).expect(200);
    const used = process.cpuUsage(before);
    if (testEngine() === 'sqlite') expect((used.user + used.system) / 1000).toBeLessThan(1000);
    const mapped = body.modules
      .flatMap((m: { answers: number[] }) => m.answers)
      .reduce((n: number, a: number) => n + a, 0);
    expect(mapped).toBe(await count('SELECT COUNT(*) AS n FROM review_logs'));
  });
});
