import { LoggerService } from '@nestjs/common';
import { existsSync, readFileSync } from 'node:fs';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { InboundMessageEntity, OutboxMessageEntity } from '../../src/infra/db/entities';
import { PlannerService } from '../../src/modules/engine/planner.service';
import { CohortHistory } from '../factories/cohort-history';
import { ContentRoot, smallCourse } from '../factories/course-files';
import { createTestApp, TestApp } from '../support/test-app';
import { testEngine } from '../support/test-database';

const ERASED = { externalId: 'HR-ERASE-7731', name: '欧阳娜娜' };
const KEPT = { externalId: 'HR-KEEP-1204', name: '司马光' };

/** Every log line the app writes, at every level. */
class CapturingLogger implements LoggerService {
  readonly lines: string[] = [];
  log = (...args: unknown[]) => void this.lines.push(JSON.stringify(args));
  error = this.log;
  warn = this.log;
  debug = this.log;
  verbose = this.log;
}

describe(`erasing a learner (${testEngine()})`, () => {
  let t: TestApp;
  let root: ContentRoot;
  let cohortId: number;
  let erasedId: number;
  let keptId: number;
  const logs = new CapturingLogger();
  const http = () => request(t.app.getHttpServer());
  const hr = () => ({ Authorization: `Bearer ${t.keys.hr}` });
  const query = (sql: string, parameters: unknown[] = []) =>
    t.app.get(DataSource).query(sql, parameters);

  /** Every row of every table, as text. */
  async function wholeDatabase(): Promise<string> {
    const tables = t.app.get(DataSource).entityMetadatas.map((m) => m.tableName);
    const dumps = await Promise.all(tables.map((table) => query(`SELECT * FROM ${table}`)));
    return JSON.stringify(dumps);
  }

  beforeAll(async () => {
    root = new ContentRoot().write(smallCourse());
    t = await createTestApp({ CONTENT_DIR: root.dir });
    t.app.useLogger(logs);
    t.clock.set('2026-03-01T08:00:00Z');
    const built = await new CohortHistory(t).build({
      cohort: {
        name: '试点',
        courseId: 'mini-course',
        startDate: '2026-03-02',
        timezone: 'Asia/Shanghai',
      },
      sessionDays: ['2026-03-02', '2026-03-03'],
      learners: [
        { ...ERASED, days: ['BA', 'BBB'] },
        { ...KEPT, days: ['BB', 'BB'] },
      ],
    });
    cohortId = built.cohortId;
    erasedId = built.learnerIds.get(ERASED.externalId)!;
    keptId = built.learnerIds.get(KEPT.externalId)!;
    // The bot's record of a message, and tomorrow's lesson still waiting in the outbox.
    await t.app
      .get(DataSource)
      .getRepository(InboundMessageEntity)
      .insert({ messageId: 'wx-msg-1', learnerId: erasedId, receivedAt: t.clock.now() });
    t.clock.set('2026-03-04T01:01:00Z');
    await t.app.get(PlannerService).runDue();
  });
  afterAll(async () => {
    await t.close();
    root.remove();
  });

  it('erases the person and keeps the anonymous statistics, as the database shows', async () => {
    const reviewsBefore = await query(
      'SELECT grade, chosen, first_try, reviewed_at FROM review_logs r JOIN enrollments e ON e.id = r.enrollment_id WHERE e.learner_id = ? ORDER BY r.id',
      [erasedId],
    );
    const cardsBefore = await query(
      'SELECT COUNT(*) AS n FROM cards c JOIN enrollments e ON e.id = c.enrollment_id WHERE e.learner_id = ?',
      [erasedId],
    );
    expect(reviewsBefore).toHaveLength(5);
    expect(await wholeDatabase()).toContain(ERASED.name);

    const response = await http().delete(`/api/v1/learners/${erasedId}`).set(hr()).expect(200);
    expect(response.body).toEqual({ learnerId: erasedId, erasedAt: '2026-03-04T01:01:00.000Z' });

    const [learner] = await query('SELECT * FROM learners WHERE id = ?', [erasedId]);
    expect(learner).toMatchObject({
      external_id: null,
      name: null,
      wechat_contact_id: null,
      wechat_alias: null,
      bound_at: null,
      locale: null,
      timezone: null,
      delivery_time: null,
    });
    expect(learner.erased_at).not.toBeNull();
    const dump = await wholeDatabase();
    for (const trace of [ERASED.name, ERASED.externalId, `wx-${erasedId}"`, `sc-${erasedId}"`])
      expect(dump).not.toContain(trace);
    expect(dump).toContain(KEPT.name);

    const reviewsAfter = await query(
      'SELECT grade, chosen, first_try, reviewed_at, raw_reply, inbound_message_id FROM review_logs r JOIN enrollments e ON e.id = r.enrollment_id WHERE e.learner_id = ? ORDER BY r.id',
      [erasedId],
    );
    expect(
      reviewsAfter.map(({ raw_reply, inbound_message_id, ...kept }: Record<string, unknown>) => [
        kept,
        raw_reply,
        inbound_message_id,
      ]),
    ).toEqual(reviewsBefore.map((kept: Record<string, unknown>) => [kept, null, null]));
    expect(
      await query(
        'SELECT COUNT(*) AS n FROM cards c JOIN enrollments e ON e.id = c.enrollment_id WHERE e.learner_id = ?',
        [erasedId],
      ),
    ).toEqual(cardsBefore);
    const [kept] = await query(
      "SELECT COUNT(*) AS n FROM review_logs r JOIN enrollments e ON e.id = r.enrollment_id WHERE e.learner_id = ? AND r.raw_reply LIKE '选%'",
      [keptId],
    );
    expect(Number(kept.n)).toBe(4);
  });

  it('leaves none of their words in the SQLite file or its write-ahead log', () => {
    const { target } = t.db;
    if (target.type !== 'sqlite') return; // MariaDB's files are the server's: see the README.
    const files = [target.path, `${target.path}-wal`].filter((file) => existsSync(file));
    const bytes = Buffer.concat(files.map((file) => readFileSync(file)));
    expect(bytes.includes(Buffer.from(KEPT.name))).toBe(true);
    for (const trace of [
      ERASED.name,
      ERASED.externalId,
      `wx-${erasedId}`,
      `sc-${erasedId}`,
      'wx-msg-1',
    ])
      expect([trace, bytes.includes(Buffer.from(trace))]).toEqual([trace, false]);
  });

  it('stops every session, code, reminder and message meant for them', async () => {
    const [enrollment] = await query(
      'SELECT status, next_session_at FROM enrollments WHERE learner_id = ?',
      [erasedId],
    );
    expect(enrollment).toEqual({ status: 'withdrawn', next_session_at: null });
    expect(
      await query(
        "SELECT id FROM daily_sessions s WHERE s.status = 'open' AND s.enrollment_id IN (SELECT id FROM enrollments WHERE learner_id = ?)",
        [erasedId],
      ),
    ).toEqual([]);
    expect(
      await query(
        'SELECT id FROM enrollment_codes WHERE learner_id = ? AND used_at IS NULL AND revoked_at IS NULL',
        [erasedId],
      ),
    ).toEqual([]);
    const outbox = await t.app
      .get(DataSource)
      .getRepository(OutboxMessageEntity)
      .findBy({ learnerId: erasedId });
    expect(outbox.length).toBeGreaterThan(0);
    expect(outbox.every((m) => m.status === 'sent' && m.body === '')).toBe(true);
    const inbound = await t.app
      .get(DataSource)
      .getRepository(InboundMessageEntity)
      .findOneBy({ messageId: 'wx-msg-1' });
    expect(inbound).toBeNull();
  });

  it('drops them from every list and lookup, while question statistics keep their answers', async () => {
    await http().get(`/api/v1/learners/${erasedId}`).set(hr()).expect(404);
    await http().get(`/api/v1/learners/${erasedId}/progress`).set(hr()).expect(404);
    await http().delete(`/api/v1/learners/${erasedId}`).set(hr()).expect(404);
    const list = await http().get(`/api/v1/cohorts/${cohortId}/learners`).set(hr()).expect(200);
    expect(list.body.items.map((l: { learnerId: number }) => l.learnerId)).toEqual([keptId]);
    const progress = await http().get(`/api/v1/cohorts/${cohortId}/progress`).set(hr()).expect(200);
    expect(progress.body.totals).toMatchObject({ learners: 1, answers: 4 });
    const cohort = await http().get(`/api/v1/cohorts/${cohortId}`).set(hr()).expect(200);
    expect(cohort.body.learners.total).toBe(1);
    const stats = await http()
      .get(`/api/v1/cohorts/${cohortId}/questions`)
      .set(`Authorization`, `Bearer ${t.keys.trainer}`)
      .expect(200);
    const answered = stats.body.questions.reduce(
      (n: number, q: { timesAnswered: number }) => n + q.timesAnswered,
      0,
    );
    expect(answered).toBe(9);
  });

  it('treats the same external id enrolled again as a new person', async () => {
    const again = await http()
      .post(`/api/v1/cohorts/${cohortId}/learners`)
      .set(hr())
      .send([ERASED])
      .expect(200);
    expect(again.body.learners[0]).toMatchObject({ created: true, code: expect.any(String) });
    expect(again.body.learners[0].learnerId).not.toBe(erasedId);
  });

  it('never wrote a learner’s name or WeChat id to the log', () => {
    const text = logs.lines.join('\n');
    expect(text).toContain('Planner');
    for (const trace of [ERASED.name, KEPT.name, ERASED.externalId, `wx-${erasedId}`])
      expect(text).not.toContain(trace);
  });

  it('erases a learner while a new code is being issued to them, every time', async () => {
    const cohort = await http()
      .post('/api/v1/cohorts')
      .set(hr())
      .send({ name: '并发', courseId: 'mini-course', startDate: '2026-03-02' })
      .expect(201);
    const people = Array.from({ length: 10 }, (_, i) => ({
      externalId: `RACE-${i}`,
      name: `并发${i}`,
    }));
    const enrolled = await http()
      .post(`/api/v1/cohorts/${cohort.body.id}/learners`)
      .set(hr())
      .send(people)
      .expect(200);
    for (const { learnerId } of enrolled.body.learners as Array<{ learnerId: number }>) {
      const [erased, code] = await Promise.all([
        http().delete(`/api/v1/learners/${learnerId}`).set(hr()),
        http().post(`/api/v1/learners/${learnerId}/code`).set(hr()),
      ]);
      expect(erased.status).toBe(200);
      expect([201, 404]).toContain(code.status);
    }
  });
});
