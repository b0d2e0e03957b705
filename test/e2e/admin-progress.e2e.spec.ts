import request from 'supertest';
import { DataSource } from 'typeorm';
import { retrievability } from '../../src/core/srs/review-card';
import { CardEntity, EnrollmentEntity } from '../../src/infra/db/entities';
import { toCardState } from '../../src/modules/engine/card-mapping';
import { PlannerService } from '../../src/modules/engine/planner.service';
import { CohortHistory, holidayCalendarFile, lessonADayCourse } from '../factories/cohort-history';
import { ContentRoot } from '../factories/course-files';
import { createTestApp, TestApp } from '../support/test-app';
import { testEngine } from '../support/test-database';

/*
 * Six learners in Shanghai over eight session days from Monday 2 March 2026: Wednesday 11 March
 * is a holiday and Saturday 7 March an adjusted working day. One lesson a day, no reviews, and
 * cards count as mastered at 2 days (a first right answer), so every figure follows from the
 * scripts below. The report is read on Thursday 12 March at 08:00, before that day's session.
 * FSRS brings a first right answer back after 3 days and a wrong one after 1; a card never
 * answered stays due: so the cards answered right on 9 and 10 March are the ones not yet due.
 */
const SESSION_DAYS = [
  '2026-03-02',
  '2026-03-03',
  '2026-03-04',
  '2026-03-05',
  '2026-03-06',
  '2026-03-07',
  '2026-03-09',
  '2026-03-10',
];
const LEARNERS = [
  { externalId: 'E001', name: '王丽', days: ['BB', 'BB', 'BB', 'BB', 'BB', 'BB', 'BB', 'BB'] },
  { externalId: 'E002', name: '陈刚', days: ['BC', 'BA', 'BB', 'BB', '--', 'BB', 'BB', 'BB'] },
  { externalId: 'E003', name: '张伟', days: ['BB', 'BA', 'B-', '--', '--', '--', '--', '--'] },
  { externalId: 'E004', name: '李娜', bound: false },
  { externalId: 'E005', name: '刘洋', days: ['CB', 'BC'], pausedAfter: 2 },
  { externalId: 'E006', name: '赵敏', days: ['BB', 'BB', 'BB', 'BB', 'BB', 'BB', '--', '--'] },
];
const REPORT_AT = '2026-03-12T00:00:00Z';

describe(`progress and question statistics from a known history (${testEngine()})`, () => {
  let t: TestApp;
  let root: ContentRoot;
  let cohortId: number;
  let ids: Map<string, number>;
  const get = (path: string, key = t.keys.hr) =>
    request(t.app.getHttpServer()).get(`/api/v1${path}`).set('Authorization', `Bearer ${key}`);

  beforeAll(async () => {
    root = new ContentRoot().write(lessonADayCourse());
    root.writeRaw('calendars/cn-2026.yaml', holidayCalendarFile(['2026-03-11'], ['2026-03-07']));
    t = await createTestApp({ CONTENT_DIR: root.dir });
    t.clock.set('2026-03-01T08:00:00Z');
    const built = await new CohortHistory(t).build({
      cohort: {
        name: '上海销售一组',
        courseId: 'daily-course',
        startDate: '2026-03-02',
        timezone: 'Asia/Shanghai',
        maxReviewsPerDay: 0,
        masteryDays: 2,
      },
      sessionDays: SESSION_DAYS,
      learners: LEARNERS,
    });
    cohortId = built.cohortId;
    ids = built.learnerIds;
    t.clock.set(REPORT_AT);
    await t.app.get(PlannerService).runDue(); // as the minute tick would: yesterday's prompts expire
  }, 120_000);
  afterAll(async () => {
    await t.close();
    root.remove();
  });

  /** Mean recall now by ts-fsrs itself (core/srs), from the cards the engine stored. */
  async function expectedRecall(externalId?: string): Promise<number | null> {
    const dataSource = t.app.get(DataSource);
    const enrollments = await dataSource.getRepository(EnrollmentEntity).findBy({ cohortId });
    const wanted = enrollments.filter((e) => !externalId || e.learnerId === ids.get(externalId));
    const cards = await dataSource
      .getRepository(CardEntity)
      .findBy(wanted.map((e) => ({ enrollmentId: e.id })));
    if (cards.length === 0) return null;
    const sum = cards.reduce((s, c) => s + retrievability(toCardState(c), new Date(REPORT_AT)), 0);
    return Math.round((sum / cards.length) * 10_000) / 10_000;
  }

  it('gives each learner exact accuracy, streaks over session days, lessons, cards and the at-risk flag', async () => {
    const response = await get(`/cohorts/${cohortId}/progress?pageSize=10`).expect(200);
    const rows = response.body.learners.items.map((r: Record<string, unknown>) => [
      r.externalId,
      r.status,
      r.bound,
      r.lessonsDelivered,
      r.answers,
      r.correct,
      r.accuracy,
      r.currentStreak,
      r.longestStreak,
      r.cards,
      r.cardsDue,
      r.cardsMastered,
      r.atRisk,
    ]);
    expect(rows).toEqual([
      ['E001', 'active', true, 8, 16, 16, 1, 8, 8, 16, 12, 16, false],
      ['E002', 'active', true, 8, 14, 12, 0.8571, 3, 4, 16, 12, 12, false],
      ['E003', 'active', true, 8, 5, 4, 0.8, 0, 3, 16, 16, 4, true],
      ['E004', 'active', false, 0, 0, 0, null, 0, 0, 0, 0, 0, true],
      ['E005', 'paused', true, 2, 4, 2, 0.5, 2, 2, 4, 4, 2, false],
      ['E006', 'active', true, 8, 12, 12, 1, 0, 6, 16, 16, 12, false],
    ]);
    expect(
      response.body.learners.items.map((r: { lastActiveAt: string | null }) => r.lastActiveAt),
    ).toEqual([
      '2026-03-10T01:11:00.000Z',
      '2026-03-10T01:21:00.000Z',
      '2026-03-04T01:30:30.000Z',
      null,
      '2026-03-03T01:51:00.000Z',
      '2026-03-07T02:01:00.000Z',
    ]);
    expect(response.body.learners.items[0]).toMatchObject({ name: '王丽', lessonsTotal: 9 });
  });

  it('computes mean retrievability now with ts-fsrs from the stored card state', async () => {
    const { body } = await get(`/cohorts/${cohortId}/progress?pageSize=10`).expect(200);
    for (const row of body.learners.items) {
      expect(row.meanRetrievability).toBe(await expectedRecall(row.externalId));
    }
    expect(body.totals.meanRetrievability).toBe(await expectedRecall());
    expect(body.learners.items[0].meanRetrievability).toBeGreaterThan(0.5);
  });

  it('totals the cohort and lists who is at risk: no answer in the last 3 session days', async () => {
    const { body } = await get(
      `/cohorts/${cohortId}/progress?pageSize=2&page=2`,
      t.keys.trainer,
    ).expect(200);
    expect(body.totals).toMatchObject({
      learners: 6,
      active: 5,
      paused: 1,
      completed: 0,
      withdrawn: 0,
      bound: 5,
      // E001, E002 and E006 answered since 5 March 00:00 UTC; E003 last on the 4th.
      activeLast7Days: 3,
      atRisk: 2,
      answers: 51,
      correct: 46,
      accuracy: 0.902,
      lessonsDelivered: 34,
      cards: 68,
      cardsDue: 60,
      cardsMastered: 46,
    });
    expect(body.lessonsTotal).toBe(9);
    expect(body.atRisk).toEqual([
      // A trainer sees who is at risk by learner id only, never by name.
      { learnerId: ids.get('E003'), bound: true, lastActiveAt: '2026-03-04T01:30:30.000Z' },
      { learnerId: ids.get('E004'), bound: false, lastActiveAt: null },
    ]);
    expect(body.learners).toMatchObject({ total: 6, page: 2, pageSize: 2 });
    expect(body.learners.items.map((r: { learnerId: number }) => r.learnerId)).toEqual([
      ids.get('E003'),
      ids.get('E004'),
    ]);
  });

  it('ranks questions worst first, with times sent, answered, first-try accuracy and the most chosen wrong answer', async () => {
    const { body } = await get(`/cohorts/${cohortId}/questions`, t.keys.trainer).expect(200);
    const summary = body.questions.map((q: Record<string, unknown>) => [
      String(q.questionId).replace('daily-course/', ''),
      q.timesSent,
      q.timesAnswered,
      q.firstTryAccuracy,
      q.accuracy,
    ]);
    expect(summary).toEqual([
      ['l2/q2', 5, 5, 0.4, 0.4],
      ['l1/q1', 5, 5, 0.8, 0.8],
      ['l1/q2', 5, 5, 0.8, 0.8],
      ['l2/q1', 5, 5, 1, 1],
      ['l3/q1', 4, 4, 1, 1],
      ['l3/q2', 4, 3, 1, 1],
      ['l4/q1', 4, 3, 1, 1],
      ['l4/q2', 3, 3, 1, 1],
      ['l6/q1', 4, 3, 1, 1],
      ['l6/q2', 3, 3, 1, 1],
      ['l5/q1', 4, 2, 1, 1],
      ['l5/q2', 2, 2, 1, 1],
      ['l7/q1', 4, 2, 1, 1],
      ['l7/q2', 2, 2, 1, 1],
      ['l8/q1', 4, 2, 1, 1],
      ['l8/q2', 2, 2, 1, 1],
      ['l9/q1', 0, 0, null, null],
      ['l9/q2', 0, 0, null, null],
    ]);
    expect(body.questions[0]).toMatchObject({
      lessonId: 'l2',
      type: 'single',
      correctAnswer: 'B',
      retired: false,
      firstTryAnswers: 5,
      mostChosenWrong: {
        answer: 'A',
        count: 2,
        texts: [{ en: 'Agree on the spot', zh: '当场答应' }],
      },
    });
    expect(body.questions[1].mostChosenWrong).toMatchObject({ answer: 'C', count: 1 });
    expect(body.questions[3].mostChosenWrong).toBeNull();
    expect(body.questions[16].meanRetrievability).toBeNull();
  });

  it('maps accuracy by module and week from the start date, by the session each answer belongs to', async () => {
    const { body } = await get(`/cohorts/${cohortId}/knowledge-map`, t.keys.trainer).expect(200);
    // 12 March is in the second week from Monday 2 March; on 9 and 10 March only E001 and
    // E002 answered, both prompts right each day.
    expect(body).toEqual({
      cohortId,
      weeks: [
        { week: 1, from: '2026-03-02' },
        { week: 2, from: '2026-03-09' },
      ],
      modules: [{ moduleId: 'all', answers: [43, 8], accuracy: [0.8837, 1] }],
    });
  });

  it('gives one learner’s predicted recall of each question now, weakest first, unanswered last', async () => {
    const { body } = await get(`/learners/${ids.get('E002')}/progress`).expect(200);
    const questions: Array<{ questionId: string; recall: number | null; due: string }> =
      body.enrollments[0].questions;
    expect(questions).toHaveLength(16);
    // E002 skipped the fifth session day: lesson 5's two questions were never answered.
    expect(questions.slice(14).map((q) => [q.questionId, q.recall])).toEqual([
      ['daily-course/l5/q1', null],
      ['daily-course/l5/q2', null],
    ]);
    const dataSource = t.app.get(DataSource);
    const { id } = await dataSource
      .getRepository(EnrollmentEntity)
      .findOneByOrFail({ learnerId: ids.get('E002') });
    const cards = await dataSource.getRepository(CardEntity).findBy({ enrollmentId: id });
    const byFsrs = cards
      .filter((c) => c.lastReview !== null)
      .map((c) => Math.round(retrievability(toCardState(c), new Date(REPORT_AT)) * 10_000) / 10_000)
      .sort((a, b) => a - b);
    expect(questions.slice(0, 14).map((q) => q.recall)).toEqual(byFsrs);
    expect(byFsrs[0]).toBeLessThan(byFsrs[13]);
  });

  it('shows one learner with their latest answers, newest first', async () => {
    const { body } = await get(`/learners/${ids.get('E002')}/progress`).expect(200);
    expect(body).toMatchObject({ learnerId: ids.get('E002'), externalId: 'E002', name: '陈刚' });
    expect(body.enrollments).toHaveLength(1);
    const [enrollment] = body.enrollments;
    expect(enrollment).toMatchObject({
      cohortId,
      cohortName: '上海销售一组',
      answers: 14,
      accuracy: 0.8571,
      currentStreak: 3,
      longestStreak: 4,
      atRisk: false,
    });
    // Answers over time: every session day, the skipped one (6 March) too.
    expect(
      enrollment.sessionDays.map((d: { date: string; answered: number; correct: number }) => [
        d.date.slice(5),
        d.answered,
        d.correct,
      ]),
    ).toEqual([
      ['03-02', 2, 1],
      ['03-03', 2, 1],
      ['03-04', 2, 2],
      ['03-05', 2, 2],
      ['03-06', 0, 0],
      ['03-07', 2, 2],
      ['03-09', 2, 2],
      ['03-10', 2, 2],
    ]);
    expect(enrollment.recentReviews).toHaveLength(14);
    expect(enrollment.recentReviews[0]).toEqual({
      reviewedAt: '2026-03-10T01:21:00.000Z',
      questionId: 'daily-course/l8/q2',
      grade: 'right',
      chosen: 'B',
      correctAnswer: 'B',
      firstTry: true,
      latencyMs: expect.any(Number),
    });
    expect(enrollment.recentReviews.at(-1)).toMatchObject({
      questionId: 'daily-course/l1/q1',
      grade: 'right',
    });
    expect(enrollment.recentReviews.at(-2)).toMatchObject({
      questionId: 'daily-course/l1/q2',
      chosen: 'C',
      grade: 'wrong',
    });
  });

  it('streams progress.csv with a byte-order mark and Chinese names intact', async () => {
    const response = await get(`/cohorts/${cohortId}/progress.csv`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="cohort-${cohortId}-progress.csv"`,
    );
    expect(response.headers['content-length']).toBeUndefined();
    const bytes = response.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'learnerId,externalId,name,status,bound,lessonsDelivered,lessonsTotal,answers,correct,accuracy,currentStreak,longestStreak,lastActive (Asia/Shanghai),cards,cardsDue,cardsMastered,meanRetrievability,atRisk',
    );
    expect(lines).toHaveLength(8);
    expect(lines[lines.length - 1]).toBe('');
    expect(lines[2]).toMatch(
      /^\d+,E002,陈刚,active,true,8,9,14,12,0\.8571,3,4,2026-03-10 09:21,16,12,12,[\d.]+,false$/,
    );
    expect(lines[4]).toMatch(/^\d+,E004,李娜,active,false,0,9,0,0,,0,0,,0,0,0,,true$/);
  });
});
