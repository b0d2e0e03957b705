import request from 'supertest';
import { DataSource } from 'typeorm';
import { OutboxMessageEntity } from '../../src/infra/db/entities';
import { OutboxSender } from '../../src/modules/delivery/outbox-sender.service';
import { ContentRoot, smallCourse } from '../factories/course-files';
import { EngineDriver } from '../support/engine-driver';
import { createTestApp, TestApp } from '../support/test-app';
import { testEngine } from '../support/test-database';

const COHORT = {
  name: 'Pilot',
  courseId: 'mini-course',
  startDate: '2026-03-02',
  timezone: 'Asia/Shanghai',
};
const LEARNERS = 20;
/** Longer than the sender loop's first step and its idle poll (2 s) together. */
const WATCH_MS = 3000;

describe(`an instance without WeChat beside one with it (${testEngine()})`, () => {
  let root: ContentRoot;
  let owner: TestApp;
  let withoutWechat: TestApp;

  beforeAll(async () => {
    root = new ContentRoot().write(smallCourse());
    owner = await createTestApp({ CONTENT_DIR: root.dir });
    withoutWechat = await createTestApp(
      { CONTENT_DIR: root.dir, BOT_ENABLED: 'false' },
      { database: owner.db, realChatChannel: true, configuredOutboxRunner: true },
    );
  });
  afterAll(async () => {
    await withoutWechat?.close();
    await owner?.close();
    root.remove();
  });

  it('claims no outbox row, even on deliver-now, and leaves every message to the bot', async () => {
    const engine = new EngineDriver(owner);
    owner.clock.set('2026-03-02T01:00:00Z');
    const cohort = await engine.cohorts.create(COHORT);
    const enrolled = await engine.enrollments.enrol(
      cohort.id,
      Array.from({ length: LEARNERS }, (_, i) => ({ externalId: `E${i}`, name: `学员${i}` })),
    );
    for (const e of enrolled)
      await engine.binding.bind(e.code!, `wx-${e.learnerId}`, `sc-${e.learnerId}`);
    withoutWechat.clock.set('2026-03-02T01:00:00Z');

    await request(withoutWechat.app.getHttpServer())
      .post(`/api/v1/cohorts/${cohort.id}/deliver-now`)
      .set('Authorization', `Bearer ${withoutWechat.keys.hr}`)
      .expect(200);
    expect(await withoutWechat.app.get(OutboxSender).sendDue(LEARNERS)).toMatchObject({
      claimed: 0,
    });
    await new Promise((resolve) => setTimeout(resolve, WATCH_MS));

    const rows = await owner.app.get(DataSource).getRepository(OutboxMessageEntity).find();
    expect(rows.length).toBeGreaterThanOrEqual(LEARNERS);
    expect(rows.filter((r) => r.status !== 'pending' || r.attempts !== 0)).toEqual([]);
    await engine.tick();
    expect(new Set(owner.channel.sent.map((m) => m.id)).size).toBe(rows.length);
  });
});
