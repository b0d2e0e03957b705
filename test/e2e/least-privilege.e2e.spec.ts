import request from 'supertest';
import { DataSource } from 'typeorm';
import { OutboxMessageEntity } from '../../src/infra/db/entities';
import { ContentRoot, smallCourse } from '../factories/course-files';
import { createTestApp, TestApp } from '../support/test-app';
import { testEngine } from '../support/test-database';

const MINE = { externalId: 'SH-001', name: '王丽' };
const THEIRS = { externalId: 'BJ-001', name: '陈刚' };

describe(`keys limited to cohorts, and trainers without names (${testEngine()})`, () => {
  let t: TestApp;
  let root: ContentRoot;
  let limited: string;
  const ids = { mine: 0, theirs: 0, learner: 0, other: 0, delivery: 0, otherDelivery: 0 };
  const http = () => request(t.app.getHttpServer());
  const as = (key: string) => ({ Authorization: `Bearer ${key}` });

  async function cohortWith(name: string, learner: typeof MINE) {
    const cohort = await http()
      .post('/api/v1/cohorts')
      .set(as(t.keys.hr))
      .send({ name, courseId: 'mini-course', startDate: '2026-03-02' })
      .expect(201);
    const enrolled = await http()
      .post(`/api/v1/cohorts/${cohort.body.id}/learners`)
      .set(as(t.keys.hr))
      .send([learner])
      .expect(200);
    const learnerId = enrolled.body.learners[0].learnerId as number;
    const { identifiers } = await t.app
      .get(DataSource)
      .getRepository(OutboxMessageEntity)
      .insert({
        learnerId,
        dedupeKey: `test:${learnerId}`,
        kind: 'welcome',
        body: `你好 ${learner.name}`,
        status: 'failed',
        attempts: 5,
        nextAttemptAt: t.clock.now(),
        createdAt: t.clock.now(),
      });
    return { cohortId: cohort.body.id as number, learnerId, deliveryId: identifiers[0].id };
  }

  beforeAll(async () => {
    root = new ContentRoot().write(smallCourse());
    t = await createTestApp({ CONTENT_DIR: root.dir });
    t.clock.set('2026-03-01T08:00:00Z');
    const mine = await cohortWith('上海', MINE);
    const theirs = await cohortWith('北京', THEIRS);
    Object.assign(ids, {
      mine: mine.cohortId,
      learner: mine.learnerId,
      delivery: mine.deliveryId,
      theirs: theirs.cohortId,
      other: theirs.learnerId,
      otherDelivery: theirs.deliveryId,
    });
    const key = await http()
      .post('/api/v1/api-keys')
      .set(as(t.keys.admin))
      .send({ role: 'hr', name: 'HR 上海', cohortIds: [ids.mine] })
      .expect(201);
    expect(key.body.cohortIds).toEqual([ids.mine]);
    limited = key.body.key;
  });
  afterAll(async () => {
    await t.close();
    root.remove();
  });

  it('lists only its own cohorts and deliveries', async () => {
    const cohorts = await http().get('/api/v1/cohorts').set(as(limited)).expect(200);
    expect(cohorts.body.map((c: { id: number }) => c.id)).toEqual([ids.mine]);
    const deliveries = await http().get('/api/v1/deliveries').set(as(limited)).expect(200);
    expect(deliveries.body.items.map((d: { id: number }) => d.id)).toEqual([ids.delivery]);
    expect(deliveries.body.total).toBe(1);
    const everything = await http().get('/api/v1/deliveries').set(as(t.keys.hr)).expect(200);
    expect(everything.body.total).toBe(2);
  });

  it('works in its own cohort as any hr key does', async () => {
    await http().get(`/api/v1/cohorts/${ids.mine}`).set(as(limited)).expect(200);
    await http().get(`/api/v1/cohorts/${ids.mine}/learners`).set(as(limited)).expect(200);
    await http().get(`/api/v1/cohorts/${ids.mine}/progress`).set(as(limited)).expect(200);
    const learner = await http().get(`/api/v1/learners/${ids.learner}`).set(as(limited));
    expect(learner.status).toBe(200);
    expect(learner.body.name).toBe(MINE.name);
    await http().get(`/api/v1/learners/${ids.learner}/progress`).set(as(limited)).expect(200);
    await http().post(`/api/v1/deliveries/${ids.delivery}/retry`).set(as(limited)).expect(200);
    for (const route of ['series', 'invites', 'invites.csv', 'questions.csv'])
      await http().get(`/api/v1/cohorts/${ids.mine}/${route}`).set(as(limited)).expect(200);
    const invites = await http().get(`/api/v1/cohorts/${ids.mine}/invites`).set(as(limited));
    expect(JSON.stringify(invites.body)).toContain(MINE.name);
  });

  it('answers for another cohort, its learners and deliveries exactly as for ones that do not exist', async () => {
    const outside: Array<[string, string, string]> = [
      ['get', `/api/v1/cohorts/${ids.theirs}`, '/api/v1/cohorts/999999'],
      ['patch', `/api/v1/cohorts/${ids.theirs}`, '/api/v1/cohorts/999999'],
      ['get', `/api/v1/cohorts/${ids.theirs}/learners`, '/api/v1/cohorts/999999/learners'],
      ['post', `/api/v1/cohorts/${ids.theirs}/learners`, '/api/v1/cohorts/999999/learners'],
      ['get', `/api/v1/cohorts/${ids.theirs}/progress`, '/api/v1/cohorts/999999/progress'],
      ['get', `/api/v1/cohorts/${ids.theirs}/progress.csv`, '/api/v1/cohorts/999999/progress.csv'],
      ['get', `/api/v1/cohorts/${ids.theirs}/series`, '/api/v1/cohorts/999999/series'],
      ['get', `/api/v1/cohorts/${ids.theirs}/invites`, '/api/v1/cohorts/999999/invites'],
      ['get', `/api/v1/cohorts/${ids.theirs}/invites.csv`, '/api/v1/cohorts/999999/invites.csv'],
      ['post', `/api/v1/cohorts/${ids.theirs}/codes`, '/api/v1/cohorts/999999/codes'],
      [
        'get',
        `/api/v1/cohorts/${ids.theirs}/questions.csv`,
        '/api/v1/cohorts/999999/questions.csv',
      ],
      ['post', `/api/v1/learners/${ids.other}/withdraw`, '/api/v1/learners/999999/withdraw'],
      ['post', `/api/v1/cohorts/${ids.theirs}/deliver-now`, '/api/v1/cohorts/999999/deliver-now'],
      ['get', `/api/v1/learners/${ids.other}`, '/api/v1/learners/999999'],
      ['patch', `/api/v1/learners/${ids.other}`, '/api/v1/learners/999999'],
      ['delete', `/api/v1/learners/${ids.other}`, '/api/v1/learners/999999'],
      ['post', `/api/v1/learners/${ids.other}/code`, '/api/v1/learners/999999/code'],
      ['get', `/api/v1/learners/${ids.other}/progress`, '/api/v1/learners/999999/progress'],
      ['post', `/api/v1/learners/${ids.other}/deliver-now`, '/api/v1/learners/999999/deliver-now'],
      ['post', `/api/v1/deliveries/${ids.otherDelivery}/retry`, '/api/v1/deliveries/999999/retry'],
    ];
    const strip = (text: string) => text.replace(/\d+/g, 'N');
    for (const [method, path, missing] of outside) {
      const there = await http()[method as 'get'](path).set(as(limited)).send({});
      const absent = await http()[method as 'get'](missing).set(as(limited)).send({});
      expect([path, there.status]).toEqual([path, 404]);
      expect(strip(JSON.stringify(there.body))).toBe(strip(JSON.stringify(absent.body)));
    }
    const other = await http().get(`/api/v1/learners/${ids.other}`).set(as(t.keys.hr));
    expect(other.body.name).toBe(THEIRS.name);
  });

  it('may not create cohorts or manage keys', async () => {
    await http()
      .post('/api/v1/cohorts')
      .set(as(limited))
      .send({ name: '新', courseId: 'mini-course', startDate: '2026-03-02' })
      .expect(403);
    await http().get('/api/v1/api-keys').set(as(limited)).expect(403);
    await http().get('/api/v1/courses').set(as(limited)).expect(200);
  });

  it('refuses a limit on a key that is not hr, or on cohorts that do not exist', async () => {
    const create = (body: object) =>
      http().post('/api/v1/api-keys').set(as(t.keys.admin)).send(body).expect(400);
    const trainer = await create({ role: 'trainer', name: 'x', cohortIds: [ids.mine] });
    expect(trainer.body.details).toEqual([
      { field: 'cohortIds', message: 'can only limit an hr key' },
    ]);
    const unknown = await create({ role: 'hr', name: 'x', cohortIds: [ids.mine, 999999] });
    expect(unknown.body.details[0].message).toContain('999999');
    await create({ role: 'hr', name: 'x', cohortIds: [] });
    await create({ role: 'hr', name: 'x', cohortIds: ['3'] });
  });

  it('shows trainers figures and question statistics, never names or external ids', async () => {
    const trainer = as(t.keys.trainer);
    const progress = await http().get(`/api/v1/cohorts/${ids.mine}/progress`).set(trainer);
    expect(progress.status).toBe(200);
    expect(progress.body.totals.learners).toBe(1);
    expect(progress.body.learners.items).toHaveLength(1);
    expect(progress.body.learners.items[0].learnerId).toBe(ids.learner);
    const csv = await http().get(`/api/v1/cohorts/${ids.mine}/progress.csv`).set(trainer);
    expect(csv.status).toBe(200);
    const one = await http().get(`/api/v1/learners/${ids.learner}/progress`).set(trainer);
    expect(one.status).toBe(200);
    await http().get(`/api/v1/cohorts/${ids.mine}/questions`).set(trainer).expect(200);
    for (const text of [JSON.stringify(progress.body), csv.text, JSON.stringify(one.body)]) {
      expect(text).not.toContain(MINE.name);
      expect(text).not.toContain(MINE.externalId);
      expect(text).not.toContain('"name"');
    }
    const series = await http().get(`/api/v1/cohorts/${ids.mine}/series`).set(trainer);
    const questions = await http().get(`/api/v1/cohorts/${ids.mine}/questions.csv`).set(trainer);
    for (const text of [JSON.stringify(series.body), questions.text]) {
      expect(text).not.toContain(MINE.name);
      expect(text).not.toContain(MINE.externalId);
    }
    const hr = await http().get(`/api/v1/cohorts/${ids.mine}/progress.csv`).set(as(t.keys.hr));
    expect(hr.text).toContain(MINE.name);
  });

  it('keeps trainers away from invites and codes, which carry names', async () => {
    const trainer = as(t.keys.trainer);
    for (const route of ['invites', 'invites.csv'])
      await http().get(`/api/v1/cohorts/${ids.mine}/${route}`).set(trainer).expect(403);
    await http().post(`/api/v1/cohorts/${ids.mine}/codes`).set(trainer).expect(403);
    await http().post(`/api/v1/learners/${ids.learner}/withdraw`).set(trainer).expect(403);
  });
});
