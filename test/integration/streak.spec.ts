import { DataSource } from 'typeorm';
import { EnrollmentEntity } from '../../src/infra/db/entities';
import { SessionFlow } from '../../src/modules/engine/session-flow';
import { LearnerProgressService } from '../../src/modules/progress/learner-progress.service';
import { lesson } from '../factories/course-files';
import { EngineDriver } from '../support/engine-driver';
import { EngineApp, openEngineApp } from '../support/engine-app';
import { TestApp } from '../support/test-app';
import { testEngine } from '../support/test-database';

const DAY_MS = 24 * 60 * 60 * 1000;

describe(`one streak for the bot and HR (${testEngine()})`, () => {
  let app: EngineApp;
  let t: TestApp;
  let engine: EngineDriver;

  beforeAll(async () => {
    app = await openEngineApp({
      id: 'streak-course',
      modules: [
        {
          id: 'only',
          lessons: [lesson('one', ['q1']), lesson('two', ['q2']), lesson('three', ['q3'])],
        },
      ],
    });
    ({ t, engine } = app);
  });
  afterAll(() => app?.close());

  it('agree before, during and after the day of a session not yet answered', async () => {
    const { learnerId } = await engine.fromMonday({
      name: 'Streaky',
      courseId: 'streak-course',
      newLessonsPerDay: 1,
      workdays: [1, 2, 3, 4, 5, 6, 7],
    });
    const enrollment = await t.app
      .get(DataSource)
      .getRepository(EnrollmentEntity)
      .findOneByOrFail({ learnerId });
    const streaks = async () => ({
      bot: await t.app.get(SessionFlow).streak(enrollment.id),
      hr: (await t.app.get(LearnerProgressService).report(learnerId)).enrollments[0].currentStreak,
    });
    const morning = (day: number) =>
      t.clock.set(new Date(Date.parse('2026-03-02T01:00:00Z') + day * DAY_MS));

    for (const day of [0, 1]) {
      morning(day);
      await engine.tick();
      await engine.answerAll(learnerId, () => 'right');
    }
    expect(await streaks()).toEqual({ bot: 2, hr: 2 });

    // Today's session is out and nothing is answered yet: the streak still stands.
    morning(2);
    await engine.tick();
    expect(await streaks()).toEqual({ bot: 2, hr: 2 });

    // Left unanswered past midnight, it breaks the streak for both.
    morning(3);
    await engine.tick();
    const broken = await streaks();
    expect(broken.bot).toBe(broken.hr);
    expect(broken.bot).toBe(0);
  });
});
