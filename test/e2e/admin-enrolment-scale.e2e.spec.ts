import request from 'supertest';
import { ContentRoot, smallCourse } from '../factories/course-files';
import { excelCsv, spreadsheetLearners } from '../factories/learner-csv';
import { createTestApp, TestApp } from '../support/test-app';
import { testEngine } from '../support/test-database';

/**
 * SPEC §6's 5,000-row CSV enrolment, right on both databases; its time (under 3 seconds) is
 * `npm run bench`'s import figure, measured where no other suite shares the cores.
 */
describe(`a 5,000-row CSV enrolment (${testEngine()})`, () => {
  let t: TestApp;
  let root: ContentRoot;
  const csv = excelCsv(spreadsheetLearners(5000));

  beforeAll(async () => {
    root = new ContentRoot().write(smallCourse());
    t = await createTestApp({ CONTENT_DIR: root.dir });
    t.clock.set('2026-03-01T08:00:00Z');
  });
  afterAll(async () => {
    await t.close();
    root.remove();
  });

  it('enrols everyone with a code, and a re-send changes no one', async () => {
    const http = () => request(t.app.getHttpServer());
    const auth = { Authorization: `Bearer ${t.keys.hr}` };
    const cohort = await http()
      .post('/api/v1/cohorts')
      .set(auth)
      .send({ name: '全公司', courseId: 'mini-course' })
      .expect(201);
    const send = () =>
      http()
        .post(`/api/v1/cohorts/${cohort.body.id}/learners`)
        .set(auth)
        .set('Content-Type', 'text/csv')
        .send(csv)
        .expect(200);
    const first = await send();
    expect(first.body).toMatchObject({ created: 5000, updated: 0, unchanged: 0 });
    const codes = first.body.learners.map((l: { code: string }) => l.code);
    expect(new Set(codes).size).toBe(5000);
    const again = await send();
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 5000 });
    expect(again.body.learners.map((l: { code: string }) => l.code)).toEqual(codes);
  });
});
