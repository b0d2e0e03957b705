import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ContentRoot, smallCourse } from '../factories/course-files';
import { testEngine } from '../support/test-database';
import { enrolByHr } from '../support/wechat-enrolment';
import { WechatHarness } from '../support/wechat-harness';
import { WechatLearner } from '../support/wechat-learner';
import { MockPuppetServer } from '../support/wechat-puppet-server';
import { shanghai as local } from '../support/wechat-pilot';

/**
 * The bot picks its puppet from WECHATY_* variables alone, so a customer's licensed puppet
 * service works unchanged. Here the service is a mock WeChat behind a real gRPC PuppetServer.
 */
describe(`the bot through a puppet service (${testEngine()})`, () => {
  let content: ContentRoot;
  let server: MockPuppetServer;
  let h: WechatHarness;
  let me: WechatLearner;

  beforeAll(async () => {
    content = new ContentRoot().write(smallCourse());
    server = await MockPuppetServer.start();
    h = await WechatHarness.start(content, { wechatyEnv: server.env(), mocker: server.mocker });
  });
  afterAll(async () => {
    await h?.close();
    await server?.stop();
    content.remove();
  });

  it('logs in, and says so to HR', async () => {
    const response = await request(h.t.app.getHttpServer())
      .get('/api/v1/bot')
      .set('Authorization', `Bearer ${h.t.keys.hr}`)
      .expect(200);
    expect(response.body).toEqual({
      state: 'logged-in',
      account: 'Coach',
      accountId: expect.any(String),
    });
  });

  it('lets a learner join, delivers the lesson at 09:00 and grades the answer', async () => {
    h.t.clock.set(local('2026-03-02', '08:00'));
    const [{ code }] = (
      await enrolByHr(
        h.t,
        {
          name: 'Pilot',
          courseId: 'mini-course',
          startDate: '2026-03-02',
          timezone: 'Asia/Shanghai',
        },
        [{ externalId: 'E1', name: 'Chen Gang', locale: 'en' }],
      )
    ).learners;
    me = h.learner('Chen Gang');
    expect(await me.say(`join ${code}`)).toEqual([expect.stringMatching(/^Hi Chen Gang, welcome/)]);

    h.t.clock.set(local('2026-03-02', '09:00'));
    await h.tick();
    expect(me.received.at(-1)).toMatch(/^📘 Day 1 · Course mini-course[\s\S]*Question 1 of 2/);
    expect(await me.say('b')).toEqual([expect.stringMatching(/^✅ Right![\s\S]*Question 2 of 2/)]);
  });

  it('forgets an erased learner in the puppet’s cache on disk', async () => {
    const learnerId = await learnerIdOf(h, 'E1');
    const before = filesUnder(server.cacheFolder());
    expect(before.includes(Buffer.from('Chen Gang'))).toBe(true);
    await request(h.t.app.getHttpServer())
      .delete(`/api/v1/learners/${learnerId}`)
      .set('Authorization', `Bearer ${h.t.keys.hr}`)
      .expect(200);
    const after = filesUnder(server.cacheFolder());
    expect(after.includes(Buffer.from('Chen Gang'))).toBe(false);
    expect(after.includes(Buffer.from(me.contact.id))).toBe(false);
  });
});

/** Every byte of every file in a folder, as one buffer. */
function filesUnder(folder: string): Buffer {
  const files = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(join(entry.parentPath, entry.name)));
  return Buffer.concat(files);
}

async function learnerIdOf(h: WechatHarness, externalId: string): Promise<number> {
  const [row] = await h.t.app
    .get(DataSource)
    .query('SELECT id FROM learners WHERE external_id = ?', [externalId]);
  return Number(row.id);
}
