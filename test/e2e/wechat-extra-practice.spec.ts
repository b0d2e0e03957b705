import { testEngine } from '../support/test-database';
import { WechatHarness } from '../support/wechat-harness';
import { WechatLearner } from '../support/wechat-learner';
import { Pilot, shanghai as local, startPilot, THREE_LESSONS } from '../support/wechat-pilot';

/** `more` / `再来` over a week, in Shanghai from Monday 2 March 2026; each step builds on the last. */
describe(`extra practice on WeChat (${testEngine()})`, () => {
  let pilot: Pilot;
  let h: WechatHarness;
  let me: WechatLearner;

  beforeAll(async () => {
    pilot = await startPilot({
      course: THREE_LESSONS,
      at: local('2026-03-02', '08:00'),
      join: true,
    });
    ({ h, me } = pilot);
  });
  afterAll(() => pilot?.close());

  it('before the day’s session: asks to wait for it, which holds the cards due', async () => {
    expect(await me.say('再来')).toEqual([
      '现在没有待回答的题目。下次学习：今天 09:00，学完后想加练，可以回复「再来」。',
    ]);
  });

  it('with a question open: asks that question again', async () => {
    h.t.clock.set(local('2026-03-02', '09:00'));
    await h.tick();
    expect(await me.say('more')).toEqual([
      [
        '第 1 题（共 3 题）',
        '问题a1：你的权限只到5%，先做什么？',
        'A. 当场答应',
        'B. 先向上级争取一个区间',
        'C. 直接拒绝',
        '请回复选项字母，例如 B',
      ].join('\n'),
    ]);
  });

  it('after the session, with every card just reviewed: nothing more', async () => {
    await answerAll(me);
    expect(await me.say('再来一题')).toEqual([
      '目前没有需要加练的题目，你的进度都跟上了。下次学习见！',
    ]);
  });

  it('after the next day’s session: the card due soonest, graded into the day’s summary', async () => {
    h.t.clock.set(local('2026-03-03', '09:00'));
    await h.tick();
    await answerAll(me);
    const [extra] = await me.say('再来');
    expect(extra).toMatch(/^第 3 题（共 3 题）\n问题a\d：/);
    const [feedback] = await me.say('B');
    expect(feedback).toMatch(
      /^✅ 答对了！[\s\S]*答对 3\/3 题，已连续学习 2 天。下次学习：明天 09:00。$/,
    );
  });

  it('on a Saturday, with cards left from unanswered days: one question of its own', async () => {
    for (const date of ['2026-03-04', '2026-03-05', '2026-03-06']) {
      h.t.clock.set(local(date, '09:00'));
      await h.tick();
    }
    h.t.clock.set(local('2026-03-07', '10:00'));
    await h.tick();
    const [extra] = await me.say('more');
    expect(extra).toMatch(/^第 1 题（共 1 题）\n问题\w+：/);
    const [feedback] = await me.say('B');
    expect(feedback).toMatch(
      /^✅ 答对了！[\s\S]*答对 1\/1 题，已连续学习 1 天。下次学习：周一 09:00。$/,
    );
  });

  it('while paused: says the lessons are paused', async () => {
    await me.say('pause');
    expect(await me.say('more')).toEqual([
      '现在没有待回答的题目，每日推送也已暂停。想继续学习，请回复「继续」。',
    ]);
  });
});

/** Answers "B" (right in this course) until the day's summary arrives. */
async function answerAll(learner: WechatLearner): Promise<void> {
  while (!/下次学习/.test(learner.received.at(-1) ?? '')) await learner.say('B');
}
