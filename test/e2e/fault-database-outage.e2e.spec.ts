import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ReviewLogEntity } from '../../src/infra/db/entities';
import { AppConfig } from '../../src/config/app-config';
import { formatRecords, parseSpool, SpoolRecord } from '../../src/core/inbound/spool-record';
import { InboundSpool, SPOOL_FILE_NAME } from '../../src/modules/dialogue/inbound-spool';
import { LearnerDialogue } from '../../src/modules/dialogue/learner-dialogue';
import { ContentRoot, lesson } from '../factories/course-files';
import { TcpProxy } from '../support/tcp-proxy';
import { createTestApp } from '../support/test-app';
import { createTestDatabase, testEngine, TestDatabase } from '../support/test-database';
import { enrolByHr } from '../support/wechat-enrolment';
import { WechatHarness } from '../support/wechat-harness';
import { WechatLearner } from '../support/wechat-learner';

const COURSE = {
  id: 'mini-course',
  modules: [{ id: 'basics', lessons: [lesson('first-lesson', ['a1', 'a2'])] }],
};
const COHORT = {
  name: 'Night shift',
  courseId: 'mini-course',
  startDate: '2026-03-02',
  timezone: 'Asia/Shanghai',
};
const LEARNERS = 4;
/** As long as the outage: the pool has to give up on its connections and come back. */
const OUTAGE_MS = 15_000;
/** Bounded waits, generous for a loaded 2-core machine. */
const RECOVERY_MS = 30_000;

async function until(what: string, check: () => boolean | Promise<boolean>): Promise<void> {
  const deadline = Date.now() + RECOVERY_MS;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Says `text` to the bot and waits until the bot has dealt with it, sending nothing. */
async function answer(h: WechatHarness, me: WechatLearner, text: string): Promise<void> {
  const received = h.messageFrom(me.contact.id);
  me.contact.say(text).to(h.botUser);
  await received;
  await h.bot.settled();
}

function describeTheOutage(): void {
  describe(`the database dropping away while learners answer (${testEngine()})`, () => {
    let content: ContentRoot;
    let db: TestDatabase;
    let proxy: TcpProxy;
    let h: WechatHarness;

    beforeAll(async () => {
      content = new ContentRoot().write(COURSE);
      db = await createTestDatabase();
      const server = new URL(db.url);
      proxy = await TcpProxy.start(server.hostname, Number(server.port || 3306));
      const throughProxy = new URL(db.url);
      throughProxy.hostname = '127.0.0.1';
      throughProxy.port = String(proxy.port);
      h = await WechatHarness.start(content, {
        env: { DATABASE_URL: throughProxy.toString() },
        database: db,
      });
    });
    afterAll(async () => {
      await h?.close();
      await proxy?.close();
      await db?.drop();
      content.remove();
    });

    it('answers 503 meanwhile, then grades every answer exactly once, without a restart', async () => {
      const { learners } = await enrolByHr(
        h.t,
        COHORT,
        Array.from({ length: LEARNERS }, (_, i) => ({ externalId: `N${i}`, name: `夜班${i}` })),
      );
      const phones: WechatLearner[] = [];
      for (const [i, { code }] of learners.entries()) {
        phones.push(h.learner(`夜班${i}`));
        await phones[i].say(code);
      }
      h.t.clock.set(new Date('2026-03-02T01:00:00Z'));
      await h.tick();
      const server = h.t.app.getHttpServer();
      const hr = { Authorization: `Bearer ${h.t.keys.hr}` };

      proxy.cut();
      const outageEnds = Date.now() + OUTAGE_MS;
      for (const me of phones) await answer(h, me, 'B');
      // A learner who asks twice: both kept, in order.
      await answer(h, phones[0], '进度');
      expect(h.t.app.get(InboundSpool).waiting).toBe(LEARNERS + 1);
      const refused = await request(server).get('/api/v1/cohorts').set(hr).expect(503);
      expect(refused.headers['retry-after']).toMatch(/^\d+$/);
      expect(refused.body).toMatchObject({ statusCode: 503, error: 'Service Unavailable' });
      const health = await request(server).get('/api/v1/health').expect(503);
      expect(health.body.details.database.status).toBe('down');
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, outageEnds - Date.now())));

      proxy.restore();
      await until('the spool to empty', () => h.t.app.get(InboundSpool).waiting === 0);
      await request(server).get('/api/v1/cohorts').set(hr).expect(200);
      await request(server).get('/api/v1/health').expect(200);
      await h.flush();

      const reviews = await h.t.app.get(DataSource).getRepository(ReviewLogEntity).find();
      expect(reviews).toHaveLength(LEARNERS);
      expect(new Set(reviews.map((r) => r.inboundMessageId)).size).toBe(LEARNERS);
      expect(new Set(reviews.map((r) => r.enrollmentId)).size).toBe(LEARNERS);
      for (const me of phones) {
        expect(me.received.filter((text) => /第 2 题/.test(text))).toHaveLength(1);
      }
      // In the order sent: the answer was graded before the progress question was answered.
      expect(phones[0].received.slice(-2)).toEqual([
        expect.stringContaining('第 2 题'),
        expect.stringMatching(/你的学习进度[\s\S]*答题：共 1 次/),
      ]);
    });

    it('hands an answer whose handling the outage cut short to the spool, and grades it once', async () => {
      const { learners } = await enrolByHr(h.t, { ...COHORT, name: 'Cut short' }, [
        { externalId: 'X1', name: '中断' },
      ]);
      const me = h.learner('中断');
      await me.say(learners[0].code);
      await h.tick();
      const reviews = h.t.app.get(DataSource).getRepository(ReviewLogEntity);
      const before = await reviews.count();
      const dialogue = h.t.app.get(LearnerDialogue);
      const handle = dialogue.handle.bind(dialogue);
      // The message is recorded as received; the database goes away before it is answered.
      jest.spyOn(dialogue, 'handle').mockImplementationOnce((...args) => {
        proxy.cut();
        return handle(...args);
      });
      await answer(h, me, 'B');
      const spool = readFileSync(join(h.t.app.get(AppConfig).spoolDir, SPOOL_FILE_NAME), 'utf8');
      expect(parseSpool(spool).records).toEqual([
        expect.objectContaining({ text: 'B', interrupted: true }),
      ]);

      proxy.restore();
      await until('the spool to empty', () => h.t.app.get(InboundSpool).waiting === 0);
      await h.flush();
      expect(await reviews.count()).toBe(before + 1);
      expect(me.received.filter((text) => text.includes('第 2 题'))).toHaveLength(1);
    });
  });
}

describe(`a spool left behind by a crashed process (${testEngine()})`, () => {
  let content: ContentRoot;
  let h: WechatHarness;
  let spoolDir: string;

  beforeAll(async () => {
    content = new ContentRoot().write(COURSE);
    h = await WechatHarness.start(content);
    spoolDir = mkdtempSync(join(tmpdir(), 'spaced-coach-crashed-'));
  });
  afterAll(async () => {
    await h?.close();
    rmSync(spoolDir, { recursive: true, force: true });
    content.remove();
  });

  it('is handled at the next start, in order, a torn line dropped and nothing handled twice', async () => {
    const { learners } = await enrolByHr(h.t, COHORT, [{ externalId: 'C1', name: '重启' }]);
    const me = h.learner('重启');
    await me.say(learners[0].code);
    h.t.clock.set(new Date('2026-03-02T01:00:00Z'));
    await h.tick();
    const live = h.messageFrom(me.contact.id);
    await me.say('B');
    const answered = await live;
    // The crash came after the first record was handled, before it was deleted from the spool.
    const record = (messageId: string, text: string): SpoolRecord => ({
      messageId,
      contactId: me.contact.id,
      contactAlias: null,
      text,
      isText: true,
      receivedAt: '2026-03-02T01:05:00.000Z',
      interrupted: false,
    });
    writeFileSync(
      join(spoolDir, SPOOL_FILE_NAME),
      formatRecords([record(answered.id, 'B'), record('after-crash-1', 'B')]) +
        '{"messageId":"torn',
    );

    const restarted = await createTestApp(
      { CONTENT_DIR: content.dir, SPOOL_DIR: spoolDir },
      { database: h.t.db },
    );
    try {
      await until('the spool to empty', () => restarted.app.get(InboundSpool).waiting === 0);
      const reviews = await restarted.app.get(DataSource).getRepository(ReviewLogEntity).find();
      expect(reviews.map((r) => r.inboundMessageId)).toEqual([answered.id, 'after-crash-1']);
      expect(existsSync(join(spoolDir, SPOOL_FILE_NAME))).toBe(false);
    } finally {
      await restarted.close();
    }
  });
});

// SQLite is a file in the process: there is no connection to cut, so the suite needs MariaDB.
if (testEngine() === 'sqlite') {
  console.info(
    'fault-database-outage: not run on SQLite (no connection to cut); set TEST_DATABASE_URL',
  );
} else {
  describeTheOutage();
}
