import { DataSource } from 'typeorm';
import { ReviewLogEntity } from '../../src/infra/db/entities';
import { lesson } from '../factories/course-files';
import { EngineDriver } from '../support/engine-driver';
import { EngineApp, openEngineApp } from '../support/engine-app';
import { TestApp } from '../support/test-app';
import { testEngine } from '../support/test-database';

describe(`an answer's chat message graded again (${testEngine()})`, () => {
  let app: EngineApp;
  let t: TestApp;
  let engine: EngineDriver;

  beforeAll(async () => {
    app = await openEngineApp({
      id: 'redelivery-course',
      modules: [{ id: 'only', lessons: [lesson('one', ['q1', 'q2'])] }],
    });
    ({ t, engine } = app);
  });
  afterAll(() => app?.close());

  it('changes nothing, and leaves the prompt that followed it open', async () => {
    const { learnerId } = await engine.fromMonday({
      name: 'Twice',
      courseId: 'redelivery-course',
      workdays: [1, 2, 3, 4, 5, 6, 7],
    });
    t.clock.set('2026-03-02T01:00:00Z');
    await engine.tick();
    const first = (await engine.grading.openPrompt(learnerId))!;
    const answer = (promptId: number) =>
      engine.grading.answer({ promptId, value: 'B', rawReply: 'B', inboundMessageId: 'wx-1' });

    expect(await answer(first.promptId)).toMatchObject({ status: 'graded' });
    const next = (await engine.grading.openPrompt(learnerId))!;
    expect(next.promptId).not.toBe(first.promptId);
    // The same message again (after an interrupted handling), now meeting the next prompt.
    expect(await answer(next.promptId)).toEqual({ status: 'duplicate' });

    expect(await engine.grading.openPrompt(learnerId)).toEqual(next);
    expect(await t.app.get(DataSource).getRepository(ReviewLogEntity).count()).toBe(1);
  });
});
