import { Logger } from '@nestjs/common';
import request from 'supertest';
import { ContentRoot, CourseFiles, lesson, smallCourse } from '../factories/course-files';
import { createTestApp, TestApp } from '../support/test-app';
import { testEngine } from '../support/test-database';

/** Another course, so that a folder without mini-course is still a valid content root. */
const otherCourse = (): CourseFiles => ({
  id: 'other-course',
  modules: [{ id: 'only', lessons: [lesson('one')] }],
});

/** mini-course without its third lesson. */
const shorterCourse = (): CourseFiles => ({
  ...smallCourse(),
  modules: [smallCourse().modules[0]],
});

describe(`content never vanishes under a cohort (${testEngine()})`, () => {
  let t: TestApp;
  let root: ContentRoot;
  let cohortId: number;
  const http = () => request(t.app.getHttpServer());
  const as = (key: string) => ({ Authorization: `Bearer ${key}` });
  const course = () => http().get('/api/v1/courses/mini-course').set(as(t.keys.hr));
  const lessonIds = async () =>
    (await course()).body.modules.flatMap((m: { lessons: Array<{ id: string }> }) =>
      m.lessons.map((l) => l.id),
    );

  beforeAll(async () => {
    root = new ContentRoot().write(smallCourse());
    t = await createTestApp({ CONTENT_DIR: root.dir });
    t.clock.set('2026-03-01T08:00:00Z');
    const cohort = await http()
      .post('/api/v1/cohorts')
      .set(as(t.keys.hr))
      .send({ name: '试点', courseId: 'mini-course', startDate: '2026-03-02' })
      .expect(201);
    cohortId = cohort.body.id;
  });
  afterAll(async () => {
    await t.close();
    root.remove();
  });

  it('refuses a sync that would retire a course a cohort uses, naming it and the cohort', async () => {
    root.write(otherCourse());
    const refused = await http().post('/api/v1/content/sync').set(as(t.keys.trainer)).expect(409);
    expect(refused.body.message).toMatch(/cohorts still use; nothing was changed/);
    expect(refused.body.details).toEqual([
      {
        field: 'course mini-course',
        message: `would be retired; used by cohort ${cohortId} "试点"`,
      },
    ]);
    await course().expect(200);
    await http().get('/api/v1/courses/other-course').set(as(t.keys.hr)).expect(404);
  });

  it('refuses to retire a lesson the cohort will teach, and a dry run warns of it', async () => {
    root.write(shorterCourse(), otherCourse());
    const refused = await http().post('/api/v1/content/sync').set(as(t.keys.trainer)).expect(409);
    expect(refused.body.details.map((d: { field: string }) => d.field)).toEqual([
      'lesson mini-course/third-lesson',
    ]);
    const dryRun = await http()
      .post('/api/v1/content/validate')
      .set(as(t.keys.trainer))
      .expect(200);
    expect(dryRun.body.warnings).toContainEqual(
      expect.stringMatching(/^lesson mini-course\/third-lesson would be retired; used by cohort/),
    );
    expect(await lessonIds()).toContain('third-lesson');
  });

  it('retires them when forced', async () => {
    await http()
      .post('/api/v1/content/sync')
      .set(as(t.keys.trainer))
      .send({ force: 'yes' })
      .expect(400);
    await http()
      .post('/api/v1/content/sync')
      .set(as(t.keys.trainer))
      .send({ force: true })
      .expect(200);
    expect(await lessonIds()).not.toContain('third-lesson');
  });

  it('starts with the last good content when the folder at start would retire a used course', async () => {
    const errors = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const elsewhere = new ContentRoot().write(otherCourse());
    const second = await createTestApp({ CONTENT_DIR: elsewhere.dir }, { database: t.db });
    try {
      const logged = errors.mock.calls.map((call) => String(call[0])).join('\n');
      expect(logged).toContain(`Content in ${elsewhere.dir} was NOT loaded`);
      expect(logged).toContain(`course mini-course would be retired; used by cohort ${cohortId}`);
      expect(logged).toContain('--force');
      await request(second.app.getHttpServer())
        .get('/api/v1/courses/mini-course')
        .set(as(second.keys.hr))
        .expect(200);
    } finally {
      errors.mockRestore();
      await second.close();
      elsewhere.remove();
    }
  });
});
