import { default_w } from 'ts-fsrs';
import { DataSource } from 'typeorm';
import { ReviewLogEntity } from '../../src/infra/db/entities';
import { ParameterSetRepository } from '../../src/modules/memory-model/parameter-set.repository';
import { CohortHistory, lessonADayCourse } from '../factories/cohort-history';
import { ContentRoot } from '../factories/course-files';
import { createTestApp, TestApp } from '../support/test-app';
import { testEngine } from '../support/test-database';
import { aFit } from '../factories/in-memory-parameter-sets';

/*
 * Two courses, one with a current fitted set whose first "Good" leaves a stability of 7 days
 * (the defaults: 2.3), one without. A learner of each answers the first lesson right: the
 * answers are scheduled with their own course's weights.
 */
describe(`grading with a course's fitted FSRS parameters (${testEngine()})`, () => {
  let t: TestApp;
  let root: ContentRoot;
  const fitted = default_w.map((w, i) => (i === 2 ? 7 : w));

  beforeAll(async () => {
    root = new ContentRoot().write(lessonADayCourse(2), {
      ...lessonADayCourse(2),
      id: 'other-course',
    });
    t = await createTestApp({ CONTENT_DIR: root.dir });
    t.clock.set('2026-03-01T08:00:00Z');
    await t.app
      .get(ParameterSetRepository)
      .store(aFit('daily-course', fitted, t.clock.now()), 'current');
    const history = new CohortHistory(t);
    for (const courseId of ['daily-course', 'other-course']) {
      await history.build({
        cohort: { name: courseId, courseId, startDate: '2026-03-02', timezone: 'Asia/Shanghai' },
        sessionDays: ['2026-03-02'],
        learners: [{ externalId: `E-${courseId}`, name: '王丽', days: ['BB'] }],
      });
    }
  }, 60_000);
  afterAll(async () => {
    await t.close();
    root.remove();
  });

  it('schedules each answer with its course’s current set, or the defaults', async () => {
    const stabilities = async (courseId: string) => {
      const rows: Array<{ id: number }> = await t.app
        .get(DataSource)
        .query(
          'SELECT r.id FROM review_logs r INNER JOIN enrollments e ON e.id = r.enrollment_id ' +
            'INNER JOIN cohorts c ON c.id = e.cohort_id WHERE c.course_id = ?',
          [courseId],
        );
      const logs = await t.app
        .get(DataSource)
        .getRepository(ReviewLogEntity)
        .findBy(rows.map((r) => ({ id: Number(r.id) })));
      return logs.map((log) => log.stateAfter.stability);
    };
    expect(await stabilities('daily-course')).toEqual([7, 7]);
    expect(await stabilities('other-course')).toEqual([default_w[2], default_w[2]]);
  });
});
