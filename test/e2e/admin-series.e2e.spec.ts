import request from 'supertest';
import { CohortHistory } from '../factories/cohort-history';
import { ContentRoot, smallCourse } from '../factories/course-files';
import { createTestApp, TestApp } from '../support/test-app';
import { testEngine } from '../support/test-database';

describe(`a cohort's daily series (${testEngine()})`, () => {
  let t: TestApp;
  let root: ContentRoot;
  let cohortId: number;
  const series = (query: string, key = t.keys.hr) =>
    request(t.app.getHttpServer())
      .get(`/api/v1/cohorts/${cohortId}/series${query}`)
      .set('Authorization', `Bearer ${key}`);

  beforeAll(async () => {
    root = new ContentRoot().write(smallCourse());
    t = await createTestApp({ CONTENT_DIR: root.dir });
    t.clock.set('2026-03-01T08:00:00Z');
    ({ cohortId } = await new CohortHistory(t).build({
      cohort: {
        name: 'Pilot',
        courseId: 'mini-course',
        startDate: '2026-03-02',
        timezone: 'Asia/Shanghai',
      },
      sessionDays: ['2026-03-02', '2026-03-03'],
      learners: [
        { externalId: 'P1', name: '周杰', days: ['BA', 'BBB'] },
        { externalId: 'P2', name: '王丽', days: ['B', '-'] },
        { externalId: 'P3', name: '李娜', bound: false },
      ],
    }));
  });
  afterAll(async () => {
    await t.close();
    root.remove();
  });

  it('gives every local day its sessions, answers, participation, accuracy and predicted recall', async () => {
    const { body } = await series('?from=2026-03-01&to=2026-03-04').expect(200);
    expect(body).toMatchObject({
      cohortId,
      timezone: 'Asia/Shanghai',
      from: '2026-03-01',
      to: '2026-03-04',
      recallSample: { learners: 3, of: 3 },
    });
    expect(body.days.map((d: { date: string }) => d.date)).toEqual([
      '2026-03-01',
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
    ]);
    expect(body.days[0]).toEqual({
      date: '2026-03-01',
      sessions: 0,
      answers: 0,
      learnersAnswering: 0,
      participation: null,
      accuracy: null,
      meanPredictedRecall: null,
    });
    // Day 1: both joined learners answer (3 answers, 2 right); 3 of their 4 cards answered
    // that day recall fully at its end, the unanswered one counts 0.
    expect(body.days[1]).toEqual({
      date: '2026-03-02',
      sessions: 2,
      answers: 3,
      learnersAnswering: 2,
      participation: 1,
      accuracy: 0.6667,
      meanPredictedRecall: 0.75,
    });
    expect(body.days[2]).toMatchObject({
      date: '2026-03-03',
      sessions: 2,
      answers: 3,
      learnersAnswering: 1,
      participation: 0.5,
      accuracy: 1,
    });
    for (const day of body.days.slice(2)) expect(day.meanPredictedRecall).toBeGreaterThan(0);
    expect(body.days[3].meanPredictedRecall).toBeLessThan(body.days[2].meanPredictedRecall);
  });

  it('covers the last 30 days up to today in the cohort’s zone by default, for trainers too', async () => {
    t.clock.set('2026-03-05T17:00:00Z'); // already 6 March in Shanghai
    const { body } = await series('', t.keys.trainer).expect(200);
    expect(body).toMatchObject({ from: '2026-02-05', to: '2026-03-06' });
    expect(body.days).toHaveLength(30);
  });

  it('refuses bad dates and ranges with the field named, and unknown cohorts', async () => {
    const bad = await series('?from=2026-02-30').expect(400);
    expect(JSON.stringify(bad.body.details)).toContain('from');
    await series('?from=2026-03-05&to=2026-03-01').expect(400);
    await series('?from=2025-01-01&to=2026-03-01').expect(400);
    await request(t.app.getHttpServer())
      .get('/api/v1/cohorts/999999/series')
      .set('Authorization', `Bearer ${t.keys.hr}`)
      .expect(404);
  });
});
