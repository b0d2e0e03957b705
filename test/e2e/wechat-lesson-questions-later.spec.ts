import request from 'supertest';
import { testEngine } from '../support/test-database';
import { WechatHarness } from '../support/wechat-harness';
import { WechatLearner } from '../support/wechat-learner';
import { Pilot, shanghai as local, startPilot, THREE_LESSONS } from '../support/wechat-pilot';

/**
 * A cohort whose lessons' questions come in a later session (`lessonQuestions: next-session`),
 * in Shanghai from Monday 2 March 2026; each step builds on the last.
 */
describe(`a lesson's questions in a later session, on WeChat (${testEngine()})`, () => {
  let pilot: Pilot;
  let h: WechatHarness;
  let me: WechatLearner;
  let cohortId: number;

  beforeAll(async () => {
    pilot = await startPilot({
      course: THREE_LESSONS,
      at: local('2026-03-02', '08:00'),
      settings: { lessonQuestions: 'next-session' },
      join: true,
    });
    ({ h, me, cohortId } = pilot);
  });
  afterAll(() => pilot?.close());

  it('HR sees the setting on the cohort', async () => {
    const { body } = await request(h.t.app.getHttpServer())
      .get(`/api/v1/cohorts/${cohortId}`)
      .set({ Authorization: `Bearer ${h.t.keys.hr}` })
      .expect(200);
    expect(body.lessonQuestions).toBe('next-session');
  });

  it('the first day, with nothing else to ask, asks the lesson’s own questions', async () => {
    h.t.clock.set(local('2026-03-02', '09:00'));
    await h.tick();
    const opening = me.received.at(-1)!;
    expect(opening).toContain('first-lesson');
    expect(opening).toMatch(/第 1 题（共 3 题）\n问题a1：/);
    expect(opening).not.toContain('下次学习时再问你');
  });

  it('the next day sends the new lesson but asks the questions still waiting', async () => {
    // Monday went unanswered: its three questions are still waiting.
    h.t.clock.set(local('2026-03-03', '09:00'));
    await h.tick();
    const opening = me.received.at(-1)!;
    expect(opening).toContain('second-lesson');
    expect(opening).toMatch(
      /这一课的题目下次学习时再问你：隔一段时间再回忆，记得更牢。先复习之前学过的内容。\n\n第 1 题（共 3 题）\n问题a\d：/,
    );
    const asked = await answerAll(me);
    expect(asked.sort()).toEqual(['a1', 'a2', 'a3']);
  });

  it('the day after asks the lesson read yesterday, after today’s lesson', async () => {
    h.t.clock.set(local('2026-03-04', '09:00'));
    await h.tick();
    expect(me.received.at(-1)).toContain('third-lesson');
    const asked = await answerAll(me);
    expect(asked).toEqual(expect.arrayContaining(['b1', 'b2']));
    expect(asked).not.toContain('c1');
  });
});

/** Answers "B" until the day's summary arrives; returns the questions asked, in order. */
async function answerAll(learner: WechatLearner): Promise<string[]> {
  const asked: string[] = [];
  const questionIn = (message: string) => /问题(\w+)：/.exec(message)?.[1];
  let last = learner.received.at(-1) ?? '';
  while (!/下次学习：/.test(last)) {
    const id = questionIn(last);
    if (id) asked.push(id);
    [last] = await learner.say('B');
  }
  return asked;
}
