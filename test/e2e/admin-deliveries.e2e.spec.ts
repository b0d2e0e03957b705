import request from 'supertest';
import { OutboxSender } from '../../src/modules/delivery/outbox-sender.service';
import { BindingService } from '../../src/modules/enrollment/binding.service';
import { ContentRoot, smallCourse } from '../factories/course-files';
import { createTestApp, TestApp } from '../support/test-app';
import { testEngine } from '../support/test-database';

const MINUTE_MS = 60_000;

describe(`deliveries and deliver-now (${testEngine()})`, () => {
  let t: TestApp;
  let root: ContentRoot;
  let cohortId: number;
  let ids: Record<'wang' | 'chen' | 'li', number>;
  const http = () => request(t.app.getHttpServer());
  const hr = () => ({ Authorization: `Bearer ${t.keys.hr}` });

  /** Sends what is due, moving the clock past each retry's back-off. */
  async function sendForAWhile(minutes: number): Promise<void> {
    const sender = t.app.get(OutboxSender);
    for (let i = 0; i < minutes; i++) {
      while ((await sender.sendDue(50)).claimed > 0);
      t.clock.advance(MINUTE_MS);
    }
  }

  beforeAll(async () => {
    root = new ContentRoot().write(smallCourse());
    t = await createTestApp({ CONTENT_DIR: root.dir });
    // Sunday: a day off, which deliver-now ignores on purpose (a kick-off on any day).
    t.clock.set('2026-03-01T06:00:00Z');
    cohortId = (
      await http()
        .post('/api/v1/cohorts')
        .set(hr())
        .send({ name: '启动日', courseId: 'mini-course' })
        .expect(201)
    ).body.id;
    const enrolled = await http()
      .post(`/api/v1/cohorts/${cohortId}/learners`)
      .set(hr())
      .send([
        { externalId: 'D1', name: '王丽' },
        { externalId: 'D2', name: '陈刚' },
        { externalId: 'D3', name: '李娜' },
      ])
      .expect(200);
    const [wang, chen, li] = enrolled.body.learners;
    ids = { wang: wang.learnerId, chen: chen.learnerId, li: li.learnerId };
    for (const learner of [wang, chen]) {
      await t.app
        .get(BindingService)
        .bind(learner.code, `wx-${learner.learnerId}`, `sc-${learner.learnerId}`);
    }
  });
  afterAll(async () => {
    await t.close();
    root.remove();
  });

  it("starts today's session for a whole cohort at once, and never twice", async () => {
    const first = await http()
      .post(`/api/v1/cohorts/${cohortId}/deliver-now`)
      .set(hr())
      .expect(200);
    expect(first.body).toEqual({ started: 2, alreadyToday: 0, nothingDue: 0, notBound: 1 });
    const again = await http()
      .post(`/api/v1/cohorts/${cohortId}/deliver-now`)
      .set(hr())
      .expect(200);
    expect(again.body).toEqual({ started: 0, alreadyToday: 2, nothingDue: 0, notBound: 1 });
    const one = await http().post(`/api/v1/learners/${ids.li}/deliver-now`).set(hr()).expect(200);
    expect(one.body).toEqual({ started: 0, alreadyToday: 0, nothingDue: 0, notBound: 1 });
    await http().post('/api/v1/cohorts/999999/deliver-now').set(hr()).expect(404);
    await http().post('/api/v1/learners/999999/deliver-now').set(hr()).expect(404);
  });

  it('lists deliveries by status, newest first, without their text', async () => {
    t.channel.failFor(ids.wang, 'contact not found');
    // Five attempts, 30 s apart and doubling, with jitter: failed within 10 minutes.
    await sendForAWhile(15);
    const failed = await http().get('/api/v1/deliveries?status=failed').set(hr()).expect(200);
    expect(failed.body).toMatchObject({ total: 1, page: 1, pageSize: 50 });
    expect(failed.body.items[0]).toMatchObject({
      learnerId: ids.wang,
      kind: 'lesson',
      status: 'failed',
      attempts: 5,
      lastError: 'contact not found',
    });
    expect(failed.body.items[0]).not.toHaveProperty('body');
    const sent = await http().get('/api/v1/deliveries?status=sent').set(hr()).expect(200);
    expect(sent.body.items.map((d: { learnerId: number }) => d.learnerId)).toEqual([ids.chen]);
    const all = await http().get('/api/v1/deliveries?pageSize=1').set(hr()).expect(200);
    expect(all.body).toMatchObject({ total: 2, pageSize: 1 });
    expect(all.body.items).toHaveLength(1);
    const bad = await http().get('/api/v1/deliveries?status=lost&page=0').set(hr()).expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'page',
      'status',
    ]);
  });

  it('retries a failed delivery once, with fresh attempts, and then sends it', async () => {
    const failed = (await http().get('/api/v1/deliveries?status=failed').set(hr())).body.items[0];
    t.channel.recover(ids.wang);
    const retried = await http()
      .post(`/api/v1/deliveries/${failed.id}/retry`)
      .set(hr())
      .expect(200);
    expect(retried.body).toMatchObject({ id: failed.id, status: 'pending', attempts: 0 });
    const twice = await http().post(`/api/v1/deliveries/${failed.id}/retry`).set(hr()).expect(409);
    expect(twice.body).toMatchObject({ statusCode: 409, error: 'Conflict' });
    await sendForAWhile(1);
    expect(t.channel.sent.map((m) => m.learnerId)).toContain(ids.wang);
    await http().post('/api/v1/deliveries/999999/retry').set(hr()).expect(404);
    await http().post('/api/v1/deliveries/x1/retry').set(hr()).expect(400);
  });
});
