import { DataSource } from 'typeorm';
import {
  CardEntity,
  DailySessionEntity,
  EnrollmentEntity,
  OutboxMessageEntity,
  SessionPromptEntity,
} from '../../src/infra/db/entities';
import { ContentSyncService } from '../../src/modules/content/content-sync.service';
import { OutboxSender } from '../../src/modules/delivery/outbox-sender.service';
import { PlannerService } from '../../src/modules/engine/planner.service';
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
/** Monday 2 March 2026, 09:00 in Shanghai. */
const MONDAY_0900 = '2026-03-02T01:00:00Z';

describe(`the planner (${testEngine()})`, () => {
  let t: TestApp;
  let root: ContentRoot;
  let engine: EngineDriver;
  let learnerId: number;

  beforeEach(async () => {
    root = new ContentRoot().write(smallCourse());
    t = await createTestApp({ CONTENT_DIR: root.dir });
    engine = new EngineDriver(t);
    t.clock.set('2026-03-01T23:00:00Z');
    ({ learnerId } = await engine.cohortWithLearner(COHORT));
  });
  afterEach(async () => {
    await t.close();
    root.remove();
  });

  const count = (entity: typeof DailySessionEntity | typeof OutboxMessageEntity) =>
    t.app.get(DataSource).getRepository(entity).count();

  it('starts nothing before the delivery time, and one session at it, however often it runs', async () => {
    t.clock.set('2026-03-02T00:59:00Z');
    expect((await engine.planner.runDue()).started).toBe(0);
    t.clock.set(MONDAY_0900);
    expect((await engine.planner.runDue()).started).toBe(1);
    expect((await engine.planner.runDue()).started).toBe(0);
    expect(await count(DailySessionEntity)).toBe(1);
    expect(await count(OutboxMessageEntity)).toBe(1);
  });

  it('sends one reminder four hours after an unanswered start, then expires the prompt at midnight', async () => {
    t.clock.set(MONDAY_0900);
    await engine.tick();
    t.clock.set('2026-03-02T04:59:00Z');
    expect(await engine.tick()).toEqual([]);
    t.clock.set('2026-03-02T05:00:00Z');
    const [reminder] = await engine.tick();
    expect(reminder.kind).toBe('reminder');
    expect(reminder.body).toContain('第 1 题（共 2 题）');
    t.clock.set('2026-03-02T10:00:00Z');
    expect(await engine.tick()).toEqual([]);
    t.clock.set('2026-03-02T16:00:00Z');
    expect((await engine.planner.runDue()).expired).toBe(1);
    expect(await engine.grading.openPrompt(learnerId)).toBeNull();
    const prompts = await t.app.get(DataSource).getRepository(SessionPromptEntity).find();
    expect(prompts.map((p) => p.status)).toEqual(['expired']);
  });

  it('brings an expired question back the next session day, before any new lesson question', async () => {
    t.clock.set(MONDAY_0900);
    await engine.tick();
    t.clock.set('2026-03-03T01:00:00Z');
    await engine.tick();
    const answered = await engine.answerAll(learnerId, () => 'right');
    expect(answered).toHaveLength(4);
    const opening = t.channel.sent.filter((m) => m.kind === 'lesson').at(-1)!;
    expect(opening.body).toContain('第 1 题（共 4 题）');
  });

  it('reviews a card due late today, and leaves one due after local midnight for tomorrow', async () => {
    t.clock.set(MONDAY_0900);
    await engine.tick();
    await engine.answerAll(learnerId, () => 'right', 'Asia/Shanghai');
    const cards = t.app.get(DataSource).getRepository(CardEntity);
    const [lateToday, afterMidnight] = await cards.find({ order: { questionId: 'ASC' } });
    // Tuesday in Shanghai ends at 16:00 UTC.
    await cards.update(lateToday.id, { due: new Date('2026-03-03T15:59:00Z') });
    await cards.update(afterMidnight.id, { due: new Date('2026-03-03T16:00:00Z') });
    t.clock.set('2026-03-03T01:00:00Z');
    await engine.tick();
    const tuesday = await t.app
      .get(DataSource)
      .getRepository(DailySessionEntity)
      .findOneByOrFail({ localDate: '2026-03-03' });
    expect(tuesday.queue.questionIds).toContain(lateToday.questionId);
    expect(tuesday.queue.questionIds).not.toContain(afterMidnight.questionId);
  });

  it('sends no reminder to a learner who has answered', async () => {
    t.clock.set(MONDAY_0900);
    await engine.tick();
    await engine.answerAll(learnerId, () => 'right', 'Asia/Shanghai');
    t.clock.set('2026-03-02T05:00:00Z');
    expect(await engine.tick()).toEqual([]);
  });

  it('holds nothing while paused and resumes on the next session day', async () => {
    await engine.enrollments.setStatus(learnerId, 'paused');
    t.clock.set(MONDAY_0900);
    expect(await engine.tick()).toEqual([]);
    await engine.enrollments.setStatus(learnerId, 'active');
    const resumed = await engine.tick();
    expect(resumed.map((m) => m.kind)).toEqual(['lesson']);
  });

  it('delivers now on a Saturday when asked, once', async () => {
    t.clock.set('2026-03-07T03:00:00Z');
    const first = await engine.planner.deliverNow({ learnerId });
    expect(first.started).toBe(1);
    expect((await engine.planner.deliverNow({ learnerId }))['already-today']).toBe(1);
  });

  it('delivers now before the usual delivery time, at once', async () => {
    t.clock.set('2026-03-02T23:00:00Z');
    expect((await engine.planner.deliverNow({ learnerId })).started).toBe(1);
    while ((await engine.sender.sendDue(10)).claimed > 0);
    expect(t.channel.sent.map((m) => m.kind)).toEqual(['lesson']);
  });

  it('does not plan for a learner who has not joined in WeChat', async () => {
    const [unbound] = await engine.enrollments.enrol(1, [{ externalId: 'E-2', name: '陈刚' }]);
    t.clock.set(MONDAY_0900);
    const counts = await engine.planner.runDue();
    expect(counts).toMatchObject({ started: 1, 'not-bound': 1 });
    const enrollment = await t.app
      .get(DataSource)
      .getRepository(EnrollmentEntity)
      .findOneByOrFail({ id: unbound.enrollmentId });
    expect(enrollment.nextSessionAt?.toISOString()).toBe('2026-03-03T01:00:00.000Z');
  });

  it('moves the next session when the learner changes their time', async () => {
    await engine.enrollments.updateLearner(learnerId, { deliveryTime: '20:30' });
    t.clock.set(MONDAY_0900);
    expect(await engine.tick()).toEqual([]);
    t.clock.set('2026-03-02T12:30:00Z');
    expect((await engine.tick()).map((m) => m.kind)).toEqual(['lesson']);
  });

  it('grades a redelivered message once', async () => {
    t.clock.set(MONDAY_0900);
    await engine.tick();
    const open = (await engine.grading.openPrompt(learnerId))!;
    const answer = {
      promptId: open.promptId,
      value: 'B',
      rawReply: 'B',
      inboundMessageId: 'wx-msg-1',
    };
    expect((await engine.grading.answer(answer)).status).toBe('graded');
    expect((await engine.grading.answer(answer)).status).toBe('duplicate');
    const reviews = await t.app.get(DataSource).query('SELECT COUNT(*) AS n FROM review_logs');
    expect(Number(reviews[0].n)).toBe(1);
  });

  it('never asks a question retired from the files', async () => {
    t.clock.set(MONDAY_0900);
    await engine.tick();
    await engine.answerAll(learnerId, () => 'wrong');
    const course = smallCourse();
    course.modules[0].lessons[0].questions = course.modules[0].lessons[0].questions.slice(0, 1);
    root.write(course);
    await t.app.get(ContentSyncService).sync(root.dir);
    t.clock.set('2026-03-03T01:00:00Z');
    await engine.tick();
    // Lesson two's two questions and the first lesson's q1; its retired q2 is gone.
    const feedback = await engine.answerAll(learnerId, () => 'right');
    expect(feedback).toHaveLength(3);
    expect(feedback.at(-1)!.body).toMatch(/答对 3\/3 题/);
  });
});

describe(`two instances on one database (${testEngine()})`, () => {
  // 120 enrolments bound, planned and sent by two apps: slow on a loaded machine, not stuck.
  it('plan one session per learner and date, and send each outbox row once', async () => {
    const root = new ContentRoot().write(smallCourse());
    const a = await createTestApp({ CONTENT_DIR: root.dir });
    const b = await createTestApp({ CONTENT_DIR: root.dir }, { database: a.db });
    try {
      const engine = new EngineDriver(a);
      a.clock.set('2026-03-01T23:00:00Z');
      const cohort = await engine.cohorts.create(COHORT);
      const enrolled = await engine.enrollments.enrol(
        cohort.id,
        Array.from({ length: 120 }, (_, i) => ({ externalId: `E${i}`, name: `学员${i}` })),
      );
      for (const e of enrolled)
        await engine.binding.bind(e.code!, `wx-${e.learnerId}`, `sc-${e.learnerId}`);
      for (const t of [a, b]) {
        t.clock.set(MONDAY_0900);
        t.app.get(PlannerService).batchSize = 25;
      }
      const run = (t: TestApp) => t.app.get(PlannerService).runDue();
      // SQLite has one writer, so one process plans there: the second run comes after the first.
      const [first, second] =
        testEngine() === 'sqlite'
          ? [await run(a), await run(b)]
          : await Promise.all([run(a), run(b)]);
      expect(first.started + second.started).toBe(120);
      const ds = a.app.get(DataSource);
      expect(await ds.getRepository(DailySessionEntity).count()).toBe(120);
      expect(await ds.getRepository(OutboxMessageEntity).count()).toBe(120);
      const [{ n }] = await ds.query('SELECT COUNT(DISTINCT learner_id) AS n FROM outbox_messages');
      expect(Number(n)).toBe(120);
      // A second run on both finds everything planned for today already.
      const again =
        testEngine() === 'sqlite'
          ? [await run(a), await run(b)]
          : await Promise.all([run(a), run(b)]);
      expect(again.map((counts) => counts.started)).toEqual([0, 0]);
      const [{ days }] = await ds.query(
        'SELECT COUNT(*) AS days FROM (SELECT DISTINCT enrollment_id, local_date FROM daily_sessions) d',
      );
      expect(Number(days)).toBe(120);

      const send = async (t: TestApp) => {
        while ((await t.app.get(OutboxSender).sendDue(10)).claimed > 0);
      };
      // As with planning: on SQLite one process after the other, on MariaDB both at once.
      if (testEngine() === 'sqlite') for (const t of [a, b]) await send(t);
      else await Promise.all([send(a), send(b)]);
      const sent = [...a.channel.sentIds(), ...b.channel.sentIds()];
      expect(sent).toHaveLength(120);
      expect(new Set(sent).size).toBe(120);
      expect(await ds.getRepository(OutboxMessageEntity).countBy({ status: 'sent' })).toBe(120);
    } finally {
      await b.close();
      await a.close();
      root.remove();
    }
  }, 120_000);
});
