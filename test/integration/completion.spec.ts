import { DataSource } from 'typeorm';
import { EnrollmentEntity } from '../../src/infra/db/entities';
import { lesson } from '../factories/course-files';
import { EngineDriver } from '../support/engine-driver';
import { EngineApp, openEngineApp } from '../support/engine-app';
import { TestApp } from '../support/test-app';
import { testEngine } from '../support/test-database';

const DAY_MS = 24 * 60 * 60 * 1000;

describe(`completing a course (${testEngine()})`, () => {
  let app: EngineApp;
  let t: TestApp;
  let engine: EngineDriver;

  beforeAll(async () => {
    app = await openEngineApp({
      id: 'tiny-course',
      modules: [{ id: 'only', lessons: [lesson('only-lesson', ['q1'])] }],
    });
    ({ t, engine } = app);
  });
  afterAll(() => app?.close());

  it('completes once every lesson is delivered and every card is stable, and tells the learner once', async () => {
    const { learnerId } = await engine.fromMonday({
      name: 'Quick',
      courseId: 'tiny-course',
      masteryDays: 5,
      workdays: [1, 2, 3, 4, 5, 6, 7],
    });
    const kinds: string[] = [];
    for (let day = 0; day < 60; day++) {
      t.clock.set(new Date(Date.parse('2026-03-02T01:00:00Z') + day * DAY_MS));
      kinds.push(...(await engine.tick()).map((m) => m.kind));
      kinds.push(...(await engine.answerAll(learnerId, () => 'right')).map((m) => m.kind));
    }
    expect(kinds.filter((k) => k === 'completion')).toHaveLength(1);
    expect(kinds.at(-1)).toBe('completion');
    const enrollment = await t.app
      .get(DataSource)
      .getRepository(EnrollmentEntity)
      .findOneByOrFail({ learnerId });
    expect(enrollment).toMatchObject({ status: 'completed', nextSessionAt: null });
    expect(t.channel.sent.at(-1)!.body).toContain('tiny-course');
  });
});
