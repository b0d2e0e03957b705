import request from 'supertest';
import { DataSource } from 'typeorm';
import { PlannerService } from '../../src/modules/engine/planner.service';
import { BindingService } from '../../src/modules/enrollment/binding.service';
import { ContentRoot, smallCourse } from '../factories/course-files';
import { createTestApp, TestApp } from '../support/test-app';
import { testEngine } from '../support/test-database';

describe(`cohort status, withdrawal and the joined filter (${testEngine()})`, () => {
  let t: TestApp;
  let root: ContentRoot;
  const http = () => request(t.app.getHttpServer());
  const hr = () => ({ Authorization: `Bearer ${t.keys.hr}` });
  const sessions = async (cohortId: number) => {
    const [row] = await t.app
      .get(DataSource)
      .query(
        'SELECT COUNT(*) AS n FROM daily_sessions s JOIN enrollments e ON e.id = s.enrollment_id WHERE e.cohort_id = ?',
        [cohortId],
      );
    return Number(row.n);
  };

  const newCohort = async (name: string) => {
    const cohort = await http()
      .post('/api/v1/cohorts')
      .set(hr())
      .send({
        name,
        courseId: 'mini-course',
        startDate: '2026-03-02',
        workdays: [1, 2, 3, 4, 5, 6, 7],
      })
      .expect(201);
    const csv = 'externalId,name\n' + ['A', 'B', 'C'].map((x) => `${name}-${x},${x}`).join('\n');
    const enrolled = await http()
      .post(`/api/v1/cohorts/${cohort.body.id}/learners`)
      .set(hr())
      .set('Content-Type', 'text/csv')
      .send(csv)
      .expect(200);
    const codes: string[] = enrolled.body.learners.map((l: { code: string }) => l.code);
    const ids: number[] = enrolled.body.learners.map((l: { learnerId: number }) => l.learnerId);
    return { id: cohort.body.id as number, codes, ids };
  };

  beforeAll(async () => {
    root = new ContentRoot().write(smallCourse());
    t = await createTestApp({ CONTENT_DIR: root.dir });
    t.clock.set('2026-03-01T08:00:00Z');
  });
  afterAll(async () => {
    await t.close();
    root.remove();
  });

  it('filters the learner list by whether they joined on WeChat', async () => {
    const cohort = await newCohort('bound');
    await t.app.get(BindingService).bind(cohort.codes[1], 'wx-b', 'sc-b');
    const list = (bound: string) =>
      http().get(`/api/v1/cohorts/${cohort.id}/learners?bound=${bound}`).set(hr());
    const joined = await list('true').expect(200);
    expect(joined.body.items.map((l: { name: string }) => l.name)).toEqual(['B']);
    const notJoined = await list('false').expect(200);
    expect(notJoined.body.items.map((l: { name: string }) => l.name)).toEqual(['A', 'C']);
    expect(notJoined.body.total).toBe(2);
    const bad = await list('yes').expect(400);
    expect(JSON.stringify(bad.body.details)).toContain('bound');
  });

  it('gives a paused cohort no sessions until it is active again', async () => {
    const cohort = await newCohort('paused');
    for (const [i, code] of cohort.codes.entries())
      await t.app.get(BindingService).bind(code, `wx-p${i}`, `sc-p${i}`);
    const paused = await http()
      .patch(`/api/v1/cohorts/${cohort.id}`)
      .set(hr())
      .send({ status: 'paused' })
      .expect(200);
    expect(paused.body.status).toBe('paused');
    t.clock.set('2026-03-02T02:00:00Z');
    expect(await sessions(cohort.id)).toBe(0);
    await t.app.get(PlannerService).runDue();
    expect(await sessions(cohort.id)).toBe(0);
    const refused = await http()
      .post(`/api/v1/cohorts/${cohort.id}/deliver-now`)
      .set(hr())
      .expect(409);
    expect(refused.body.message).toMatch(/paused/);
    await http()
      .patch(`/api/v1/cohorts/${cohort.id}`)
      .set(hr())
      .send({ status: 'active' })
      .expect(200);
    await t.app.get(PlannerService).runDue();
    expect(await sessions(cohort.id)).toBe(3);
  });

  it('refuses new learners in an archived cohort with a 409 that says why', async () => {
    const cohort = await newCohort('archived');
    await http()
      .patch(`/api/v1/cohorts/${cohort.id}`)
      .set(hr())
      .send({ status: 'archived' })
      .expect(200);
    const refused = await http()
      .post(`/api/v1/cohorts/${cohort.id}/learners`)
      .set(hr())
      .send([{ externalId: 'late-1', name: 'Late' }])
      .expect(409);
    expect(refused.body.message).toMatch(/archived/);
    const got = await http().get(`/api/v1/cohorts/${cohort.id}`).set(hr()).expect(200);
    expect(got.body).toMatchObject({ status: 'archived', learners: { total: 3 } });
    await http()
      .patch(`/api/v1/cohorts/${cohort.id}`)
      .set(hr())
      .send({ status: 'closed' })
      .expect(400);
  });

  it('withdraws a learner: no more sessions, their code stops working, their history stays', async () => {
    const cohort = await newCohort('withdraw');
    const response = await http()
      .post(`/api/v1/learners/${cohort.ids[0]}/withdraw`)
      .set(hr())
      .expect(200);
    expect(response.body.enrollments[0]).toMatchObject({
      status: 'withdrawn',
      nextSessionAt: null,
    });
    expect(response.body.name).toBe('A');
    expect((await t.app.get(BindingService).bind(cohort.codes[0], 'wx-w', 'sc-w')).status).toBe(
      'revoked',
    );
    await http().post(`/api/v1/learners/${cohort.ids[0]}/withdraw`).set(hr()).expect(200);
    const list = await http()
      .get(`/api/v1/cohorts/${cohort.id}/learners?status=withdrawn`)
      .set(hr())
      .expect(200);
    expect(list.body.items.map((l: { name: string }) => l.name)).toEqual(['A']);
    await http().post('/api/v1/learners/999999/withdraw').set(hr()).expect(404);
  });

  it('lists who has not joined with their working codes, as JSON and CSV, and reissues them all at once', async () => {
    const cohort = await newCohort('invites');
    await t.app.get(BindingService).bind(cohort.codes[0], 'wx-i', 'sc-i');
    await http().post(`/api/v1/learners/${cohort.ids[2]}/withdraw`).set(hr()).expect(200);
    const sheet = await http().get(`/api/v1/cohorts/${cohort.id}/invites`).set(hr()).expect(200);
    expect(sheet.body).toMatchObject({ cohortId: cohort.id, timezone: 'Asia/Shanghai' });
    expect(sheet.body.learners).toEqual([
      {
        learnerId: cohort.ids[1],
        externalId: 'invites-B',
        name: 'B',
        code: cohort.codes[1],
        codeExpiresAt: '2026-03-16T02:00:00.000Z',
        botAccount: null,
      },
    ]);

    const csv = await http()
      .get(`/api/v1/cohorts/${cohort.id}/invites.csv`)
      .set(hr())
      .expect(200)
      .expect('Content-Type', /text\/csv/);
    expect(csv.text).toBe(
      '\uFEFFname,externalId,code,codeExpiresAt (Asia/Shanghai),botName,botWechatId,botQrCardUrl\r\n' +
        `B,invites-B,${cohort.codes[1]},2026-03-16 10:00,,,\r\n`,
    );

    const reissued = await http().post(`/api/v1/cohorts/${cohort.id}/codes`).set(hr()).expect(200);
    const [fresh] = reissued.body.learners;
    expect(fresh).toMatchObject({
      learnerId: cohort.ids[1],
      code: expect.stringMatching(/^[A-Z2-9]{6}$/),
    });
    expect(fresh.code).not.toBe(cohort.codes[1]);
    const binding = t.app.get(BindingService);
    expect((await binding.bind(cohort.codes[1], 'wx-j', 'sc-j')).status).toBe('revoked');
    expect((await binding.bind(fresh.code, 'wx-j', 'sc-j')).status).toBe('bound');
    await http().get('/api/v1/cohorts/999999/invites.csv').set(hr()).expect(404);
    await http()
      .post(`/api/v1/cohorts/${cohort.id}/codes`)
      .set({ Authorization: `Bearer ${t.keys.trainer}` })
      .expect(403);
  });
});
