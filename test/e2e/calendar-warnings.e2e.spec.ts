import request from 'supertest';
import { holidayCalendarFile } from '../factories/cohort-history';
import { ContentRoot, smallCourse } from '../factories/course-files';
import { createTestApp, TestApp } from '../support/test-app';
import { testEngine } from '../support/test-database';

describe(`a holiday calendar running out (${testEngine()})`, () => {
  let t: TestApp;
  let root: ContentRoot;
  let cohortId: number;
  const http = () => request(t.app.getHttpServer());
  const hr = () => ({ Authorization: `Bearer ${t.keys.hr}` });

  beforeAll(async () => {
    root = new ContentRoot().write(smallCourse());
    root.writeRaw('calendars/cn-2026.yaml', holidayCalendarFile(['2026-10-01'], ['2026-09-27']));
    t = await createTestApp({ CONTENT_DIR: root.dir });
    t.clock.set('2026-11-01T02:00:00Z');
    const cohort = await http()
      .post('/api/v1/cohorts')
      .set(hr())
      .send({ name: '北京', courseId: 'mini-course', timezone: 'Asia/Shanghai' })
      .expect(201);
    cohortId = cohort.body.id;
    expect(cohort.body).toMatchObject({ holidayCalendar: 'cn', calendarWarning: null });
  });
  afterAll(async () => {
    await t.close();
    root.remove();
  });

  it('warns on the cohort from 30 days before the last covered date', async () => {
    t.clock.set('2026-12-01T02:00:00Z');
    const { body } = await http().get(`/api/v1/cohorts/${cohortId}`).set(hr()).expect(200);
    expect(body.calendarWarning).toBe(
      'The "cn" holiday calendar ends on 2026-12-31 (in 30 days): from 2027-01-01 every workday holds a session, public holidays included. Add calendars/cn-2027.yaml to the content folder (see the README).',
    );
    const list = await http().get('/api/v1/cohorts').set(hr()).expect(200);
    expect(list.body[0].calendarWarning).toBe(body.calendarWarning);
  });

  it('lists the warnings in health for a caller with a key, and names no cohort to others', async () => {
    t.clock.set('2027-01-05T02:00:00Z');
    const withKey = await http().get('/api/v1/health').set(hr()).expect(200);
    expect(withKey.body.calendarWarnings).toEqual([
      { cohortId, cohortName: '北京', warning: expect.stringMatching(/ended on 2026-12-31/) },
    ]);
    const open = await http().get('/api/v1/health').expect(200);
    expect(open.body.calendarWarnings).toBeUndefined();
    const badKey = await http()
      .get('/api/v1/health')
      .set({ Authorization: 'Bearer sck_nope' })
      .expect(200);
    expect(badKey.body.calendarWarnings).toBeUndefined();
  });

  it("tells a key limited to other cohorts nothing of this one's calendar", async () => {
    const other = await http()
      .post('/api/v1/cohorts')
      .set(hr())
      .send({ name: '深圳', courseId: 'mini-course', timezone: 'Asia/Shanghai' })
      .expect(201);
    const limited = await http()
      .post('/api/v1/api-keys')
      .set({ Authorization: `Bearer ${t.keys.admin}` })
      .send({ role: 'hr', name: 'HR 深圳', cohortIds: [other.body.id] })
      .expect(201);
    const { body } = await http()
      .get('/api/v1/health')
      .set({ Authorization: `Bearer ${limited.body.key}` })
      .expect(200);
    expect(body.calendarWarnings.map((w: { cohortId: number }) => w.cohortId)).toEqual([
      other.body.id,
    ]);
    await http()
      .patch(`/api/v1/cohorts/${other.body.id}`)
      .set(hr())
      .send({ status: 'archived' })
      .expect(200);
  });

  it('leaves archived cohorts out of health', async () => {
    await http()
      .patch(`/api/v1/cohorts/${cohortId}`)
      .set(hr())
      .send({ status: 'archived' })
      .expect(200);
    const { body } = await http().get('/api/v1/health').set(hr()).expect(200);
    expect(body.calendarWarnings).toEqual([]);
  });
});
