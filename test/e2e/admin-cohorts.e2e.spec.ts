import request from 'supertest';
import { DataSource } from 'typeorm';
import {
  CardEntity,
  DailySessionEntity,
  EnrollmentEntity,
  ReviewLogEntity,
} from '../../src/infra/db/entities';
import { CohortHistory } from '../factories/cohort-history';
import { ContentRoot, smallCourse } from '../factories/course-files';
import { createTestApp, TestApp } from '../support/test-app';
import { testEngine } from '../support/test-database';

describe(`cohorts (${testEngine()})`, () => {
  let t: TestApp;
  let root: ContentRoot;
  const http = () => request(t.app.getHttpServer());
  const hr = () => ({ Authorization: `Bearer ${t.keys.hr}` });

  beforeAll(async () => {
    root = new ContentRoot().write(smallCourse());
    t = await createTestApp({ CONTENT_DIR: root.dir });
    t.clock.set('2026-03-01T08:00:00Z');
  });
  afterAll(async () => {
    await t.close();
    root.remove();
  });

  it('creates a cohort with defaults where settings are left out', async () => {
    const response = await http()
      .post('/api/v1/cohorts')
      .set(hr())
      .send({ name: ' 上海销售一组 ', courseId: 'mini-course' })
      .expect(201);
    expect(response.body).toMatchObject({
      name: '上海销售一组',
      courseId: 'mini-course',
      startDate: '2026-03-01',
      timezone: 'Asia/Shanghai',
      deliveryTime: '09:00',
      workdays: [1, 2, 3, 4, 5],
      newLessonsPerDay: 1,
      maxReviewsPerDay: 5,
      desiredRetention: 0.9,
      lessonQuestions: 'same-session',
      holidayCalendar: null,
      learners: { total: 0, active: 0, paused: 0, completed: 0, withdrawn: 0 },
    });
    const got = await http().get(`/api/v1/cohorts/${response.body.id}`).set(hr()).expect(200);
    expect(got.body).toEqual(response.body);
  });

  it('names every invalid setting at once, the course that does not exist included', async () => {
    const response = await http()
      .post('/api/v1/cohorts')
      .set(hr())
      .send({
        name: '',
        courseId: 'no-such-course',
        startDate: '2026-02-30',
        timezone: 'Mars/Base',
        deliveryTime: '9am',
        workdays: [0, 8],
        newLessonsPerDay: 51,
        maxReviewsPerDay: -1,
        desiredRetention: 0.5,
        lessonQuestions: 'tomorrow',
        holidayCalendar: 'atlantis',
      })
      .expect(400);
    expect(response.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'courseId',
      'deliveryTime',
      'desiredRetention',
      'holidayCalendar',
      'lessonQuestions',
      'maxReviewsPerDay',
      'name',
      'newLessonsPerDay',
      'startDate',
      'timezone',
      'workdays',
    ]);
    expect(response.body.details).toContainEqual({
      field: 'timezone',
      message: 'must be an IANA timezone such as Asia/Shanghai',
    });
  });

  it.each([
    [{ workdays: [1, 1] }, 'workdays'],
    [{ workdays: [] }, 'workdays'],
    [{ workdays: '1-5' }, 'workdays'],
    [{ desiredRetention: 0.995 }, 'desiredRetention'],
    [{ desiredRetention: '0.9' }, 'desiredRetention'],
    [{ newLessonsPerDay: 2.5 }, 'newLessonsPerDay'],
    [{ deliveryTime: '24:00' }, 'deliveryTime'],
    [{ timezone: 'GMT+8' }, 'timezone'],
    [{ lessonQuestions: 'later' }, 'lessonQuestions'],
    [{ lessonQuestions: null }, 'lessonQuestions'],
  ])('refuses %j', async (settings, field) => {
    const response = await http()
      .post('/api/v1/cohorts')
      .set(hr())
      .send({ name: 'x', courseId: 'mini-course', ...settings })
      .expect(400);
    expect(response.body.details.map((d: { field: string }) => d.field)).toEqual([field]);
  });

  it('accepts the edges: caps 0 and 50, retention 0.7 and 0.99, every weekday', async () => {
    await http()
      .post('/api/v1/cohorts')
      .set(hr())
      .send({
        name: 'edges',
        courseId: 'mini-course',
        newLessonsPerDay: 0,
        maxReviewsPerDay: 50,
        desiredRetention: 0.7,
        workdays: [7, 6, 5, 4, 3, 2, 1],
      })
      .expect(201);
    await http()
      .post('/api/v1/cohorts')
      .set(hr())
      .send({
        name: 'edges',
        courseId: 'mini-course',
        newLessonsPerDay: 50,
        maxReviewsPerDay: 0,
        desiredRetention: 0.99,
        deliveryTime: '23:59',
        timezone: 'America/New_York',
      })
      .expect(201);
  });

  it('refuses unknown fields, and a new course for an existing cohort', async () => {
    const unknown = await http()
      .post('/api/v1/cohorts')
      .set(hr())
      .send({ name: 'x', courseId: 'mini-course', colour: 'red' })
      .expect(400);
    expect(unknown.body.details).toEqual([
      { field: 'colour', message: 'property colour should not exist' },
    ]);
    const { body: cohorts } = await http().get('/api/v1/cohorts').set(hr()).expect(200);
    const course = await http()
      .patch(`/api/v1/cohorts/${cohorts[0].id}`)
      .set(hr())
      .send({ courseId: 'other' })
      .expect(400);
    expect(course.body.details).toEqual([
      { field: 'courseId', message: 'property courseId should not exist' },
    ]);
  });

  it('answers 404 for an unknown cohort and 400 for an id of the wrong shape', async () => {
    await http().get('/api/v1/cohorts/999999').set(hr()).expect(404);
    await http().patch('/api/v1/cohorts/999999').set(hr()).send({ name: 'x' }).expect(404);
    for (const id of ['abc', '0', '-1', '1.5', '99999999999', '1e3']) {
      const response = await http().get(`/api/v1/cohorts/${id}`).set(hr()).expect(400);
      expect(response.body.details).toEqual([
        { field: 'id', message: expect.stringContaining('whole number') },
      ]);
    }
  });

  it('changes settings without losing anyone’s progress, and reschedules every learner', async () => {
    const { cohortId, learnerIds } = await new CohortHistory(t).build({
      cohort: {
        name: '试点',
        courseId: 'mini-course',
        startDate: '2026-03-02',
        timezone: 'Asia/Shanghai',
      },
      sessionDays: ['2026-03-02', '2026-03-03'],
      learners: [
        { externalId: 'P1', name: '周杰', days: ['BA', 'BBB'] },
        { externalId: 'P2', name: '吴敏', days: ['BB', 'BB'] },
      ],
    });
    const dataSource = t.app.get(DataSource);
    const enrollmentIds = (
      await dataSource.getRepository(EnrollmentEntity).findBy({ cohortId })
    ).map((e) => e.id);
    const snapshot = async () => ({
      cards: await dataSource.getRepository(CardEntity).find({
        where: enrollmentIds.map((enrollmentId) => ({ enrollmentId })),
        order: { id: 'ASC' },
      }),
      reviews: await dataSource.getRepository(ReviewLogEntity).count(),
      sessions: await dataSource.getRepository(DailySessionEntity).count(),
    });
    const before = await snapshot();
    const progressBefore = await http()
      .get(`/api/v1/cohorts/${cohortId}/progress`)
      .set(hr())
      .expect(200);
    t.clock.set('2026-03-03T12:00:00Z');
    const changed = await http()
      .patch(`/api/v1/cohorts/${cohortId}`)
      .set(hr())
      .send({
        name: '试点（改）',
        timezone: 'Europe/Berlin',
        deliveryTime: '07:30',
        workdays: [1, 3, 5],
        desiredRetention: 0.85,
        maxReviewsPerDay: 3,
        newLessonsPerDay: 2,
        masteryDays: 30,
      })
      .expect(200);
    expect(changed.body).toMatchObject({
      name: '试点（改）',
      timezone: 'Europe/Berlin',
      workdays: [1, 3, 5],
      learners: { total: 2, active: 2 },
    });
    expect(await snapshot()).toEqual(before);
    const progressAfter = await http()
      .get(`/api/v1/cohorts/${cohortId}/progress`)
      .set(hr())
      .expect(200);
    const keep = (r: Record<string, unknown>) => [
      r.answers,
      r.correct,
      r.lessonsDelivered,
      r.longestStreak,
      r.cards,
    ];
    expect(progressAfter.body.learners.items.map(keep)).toEqual(
      progressBefore.body.learners.items.map(keep),
    );
    // Tuesday in Berlin; the next workday is Wednesday 4 March, 07:30 CET.
    const learner = await http()
      .get(`/api/v1/learners/${learnerIds.get('P1')}`)
      .set(hr())
      .expect(200);
    expect(learner.body.enrollments[0].nextSessionAt).toBe('2026-03-04T06:30:00.000Z');
  });
});
