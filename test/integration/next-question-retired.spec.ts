import { DataSource } from 'typeorm';
import { QuestionEntity, SessionPromptEntity } from '../../src/infra/db/entities';
import { InboundMessageHandler } from '../../src/modules/dialogue/inbound-message.handler';
import { lesson } from '../factories/course-files';
import { EngineDriver } from '../support/engine-driver';
import { EngineApp, openEngineApp } from '../support/engine-app';
import { TestApp } from '../support/test-app';
import { testEngine } from '../support/test-database';

describe(`an answer in the chat whose next question was retired meanwhile (${testEngine()})`, () => {
  let app: EngineApp;
  let t: TestApp;
  let engine: EngineDriver;

  beforeAll(async () => {
    app = await openEngineApp({
      id: 'retired-next-course',
      modules: [{ id: 'only', lessons: [lesson('one', ['q1', 'q2', 'q3'])] }],
    });
    ({ t, engine } = app);
  });
  afterAll(() => app?.close());

  it('is followed by the first queued question still live', async () => {
    const { learnerId } = await engine.fromMonday({
      name: 'Retired',
      courseId: 'retired-next-course',
      workdays: [1, 2, 3, 4, 5, 6, 7],
    });
    t.clock.set('2026-03-02T01:00:00Z');
    await engine.tick();
    const questions = t.app.get(DataSource).getRepository(QuestionEntity);
    const keyOf = async (id: number) => (await questions.findOneByOrFail({ id })).key;
    const first = (await engine.grading.openPrompt(learnerId))!;
    expect(await keyOf(first.questionId)).toBe('q1');
    // A sync retires the question queued next while the learner is answering.
    await questions.update({ key: 'q2' }, { retiredAt: new Date('2026-03-02T01:00:00Z') });

    await t.app.get(InboundMessageHandler).handle({
      accountId: null,
      messageId: 'wx-answer-1',
      contactId: `wx-${learnerId}`,
      contactAlias: `sc-${learnerId}`,
      text: '1',
      isRoom: false,
      isSelf: false,
      isText: true,
    });

    const next = (await engine.grading.openPrompt(learnerId))!;
    expect(await keyOf(next.questionId)).toBe('q3');
    const asked = await t.app.get(DataSource).getRepository(SessionPromptEntity).count();
    expect(asked).toBe(2);
  });
});
