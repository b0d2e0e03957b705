import request from 'supertest';
import { CohortHistory } from '../factories/cohort-history';
import { ContentRoot, smallCourse } from '../factories/course-files';
import { createTestApp } from '../support/test-app';
import { testEngine } from '../support/test-database';

describe(`first-try accuracy against later tries (${testEngine()})`, () => {
  it('counts a question missed first and answered right on review as 0 at the first try and 0.5 overall', async () => {
    const root = new ContentRoot().write(smallCourse());
    const t = await createTestApp({ CONTENT_DIR: root.dir });
    try {
      t.clock.set('2026-03-01T08:00:00Z');
      // Day 2 brings the second lesson's two questions, then first-lesson/q2 back for review.
      const { cohortId } = await new CohortHistory(t).build({
        cohort: {
          name: 'Pilot',
          courseId: 'mini-course',
          startDate: '2026-03-02',
          timezone: 'Asia/Shanghai',
        },
        sessionDays: ['2026-03-02', '2026-03-03'],
        learners: [{ externalId: 'P1', name: '周杰', days: ['BA', 'BBB'] }],
      });
      const { body } = await request(t.app.getHttpServer())
        .get(`/api/v1/cohorts/${cohortId}/questions`)
        .set('Authorization', `Bearer ${t.keys.trainer}`)
        .expect(200);
      expect(body.questions[0]).toMatchObject({
        questionId: 'mini-course/first-lesson/q2',
        timesSent: 2,
        timesAnswered: 2,
        firstTryAnswers: 1,
        firstTryAccuracy: 0,
        accuracy: 0.5,
        mostChosenWrong: { answer: 'A', count: 1 },
      });
      expect(
        body.questions.slice(1).map((q: { firstTryAccuracy: number | null }) => q.firstTryAccuracy),
      ).toEqual([1, 1, 1, null]);

      const csv = await request(t.app.getHttpServer())
        .get(`/api/v1/cohorts/${cohortId}/questions.csv`)
        .set('Authorization', `Bearer ${t.keys.hr}`)
        .expect(200)
        .expect('Content-Type', /text\/csv/);
      const lines = csv.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines).toHaveLength(1 + body.questions.length);
      const header = lines[0].split(',');
      const worst = Object.fromEntries(header.map((h, i) => [h, lines[1].split(',')[i]]));
      expect(worst).toMatchObject({
        questionId: 'mini-course/first-lesson/q2',
        timesSent: '2',
        firstTryAccuracy: '0',
        accuracy: '0.5',
        mostChosenWrong: 'A',
        mostChosenWrongCount: '1',
      });
    } finally {
      await t.close();
      root.remove();
    }
  });
});
