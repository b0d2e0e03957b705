import { DataSource } from 'typeorm';
import { ReviewLogEntity } from '../../src/infra/db/entities';
import { lesson } from '../factories/course-files';
import { testEngine } from '../support/test-database';
import { WechatHarness } from '../support/wechat-harness';
import { WechatLearner } from '../support/wechat-learner';
import { Pilot, shanghai as local, startPilot } from '../support/wechat-pilot';

const COURSE = {
  id: 'mini-course',
  modules: [
    {
      id: 'basics',
      lessons: [lesson('first-lesson', ['a1', 'a2', 'a3']), lesson('second-lesson', ['b1', 'b2'])],
    },
    { id: 'practice', lessons: [lesson('third-lesson', ['c1'])] },
  ],
};

/**
 * One learner's first week over a real Wechaty bot on the mock WeChat, in Shanghai, from
 * Monday 2 March 2026; each step builds on the one before.
 */
describe(`a learner's first week on WeChat (${testEngine()})`, () => {
  let pilot: Pilot;
  let h: WechatHarness;
  let me: WechatLearner;
  let code: string;

  beforeAll(async () => {
    pilot = await startPilot({ course: COURSE, at: local('2026-03-01', '20:00') });
    ({ h, me, code } = pilot);
  });
  afterAll(() => pilot?.close());

  it('joins with the code HR gave and is welcomed with the commands', async () => {
    const [welcome, ...rest] = await me.say(`加入 ${code}`);
    expect(rest).toEqual([]);
    expect(welcome).toMatch(/^王丽，你好！欢迎加入《课程mini-course》。\n每个工作日 09:00/);
    expect(welcome).toContain('再来 / more');
  });

  it('at 09:00 local gets the lesson and the first prompt, and nothing before', async () => {
    h.t.clock.set(local('2026-03-02', '08:59'));
    await h.tick();
    expect(me.received).toHaveLength(1);
    h.t.clock.set(local('2026-03-02', '09:00'));
    await h.tick();
    expect(me.received.slice(1)).toEqual([
      [
        '📘 第 1 天 · 课程mini-course',
        '【第first-lesson课】',
        '',
        'first-lesson的要点，一条消息讲完。',
        '',
        '第 1 题（共 3 题）',
        '问题a1：你的权限只到5%，先做什么？',
        'A. 当场答应',
        'B. 先向上级争取一个区间',
        'C. 直接拒绝',
        '请回复选项字母，例如 B',
      ].join('\n'),
    ]);
  });

  it('answers right, wrong, gibberish (a hint; the prompt stays open), then right', async () => {
    h.t.clock.set(local('2026-03-02', '09:05'));
    const [right] = await me.say('B');
    expect(right).toMatch(
      /^✅ 答对了！\n正确答案：B\. 先向上级争取一个区间[\s\S]*第 2 题（共 3 题）\n问题a2/,
    );
    const [wrong] = await me.say('a');
    expect(wrong).toMatch(
      /^❌ 这次没答对。[\s\S]*这道题明天再来。[\s\S]*第 3 题（共 3 题）\n问题a3/,
    );
    expect(await me.say('嗯……让我想想')).toEqual([
      '没能识别这个答案。请回复 A 到 C 中的一个字母，例如 B。',
    ]);
    const [last] = await me.say('选B');
    expect(last).toMatch(
      /^✅ 答对了！[\s\S]*答对 2\/3 题，已连续学习 1 天。下次学习：明天 09:00。$/,
    );
  });

  it('asks for its progress and gets the real numbers', async () => {
    expect(await me.say('进度')).toEqual([
      [
        '你的学习进度',
        '课程：已学 1/3 节',
        '答题：共 3 次，正确率 67%',
        '连续学习：1 天',
        '已掌握：0 道题',
        '待复习：暂无，进度都跟上了',
      ].join('\n'),
    ]);
  });

  it('gets the question it got wrong back the next day', async () => {
    h.t.clock.set(local('2026-03-03', '09:00'));
    await h.tick();
    const asked = await answerTheDay(me, () => 'B');
    expect(asked).toEqual(['问题b1', '问题b2', '问题a2']);
  });

  it('moves its daily time to 20:30: the next session comes at 20:30, not 09:00', async () => {
    expect(await me.say('时间 20:30')).toEqual([
      '好的，每天的学习时间已改为 20:30。下次学习：明天 20:30。',
    ]);
    const before = me.received.length;
    h.t.clock.set(local('2026-03-04', '09:00'));
    await h.tick();
    expect(me.received.length).toBe(before);
    h.t.clock.set(local('2026-03-04', '20:30'));
    await h.tick();
    expect(me.received.slice(before)).toEqual([expect.stringMatching(/^📘 第 3 天[\s\S]*问题c1/)]);
    await answerTheDay(me, () => 'B');
  });

  it('pauses: no messages on Thursday; resumes on Friday and the session comes at 20:30', async () => {
    h.t.clock.set(local('2026-03-05', '08:00'));
    expect(await me.say('暂停')).toEqual(['已暂停每日推送。想继续学习时，回复「继续」即可。']);
    const before = me.received.length;
    for (const hhmm of ['09:00', '20:30', '23:00']) {
      h.t.clock.set(local('2026-03-05', hhmm));
      await h.tick();
    }
    expect(me.received.length).toBe(before);
    expect(await me.say('B')).toEqual([
      '现在没有待回答的题目，每日推送也已暂停。想继续学习，请回复「继续」。',
    ]);
    h.t.clock.set(local('2026-03-06', '08:00'));
    expect(await me.say('继续')).toEqual(['欢迎回来！每日推送已恢复，下次学习：今天 20:30。']);
    h.t.clock.set(local('2026-03-06', '20:30'));
    await h.tick();
    expect(me.received.at(-1)).toMatch(/^🔁 今天是复习日/);
  });

  it('switches to English, and the progress counts every answer so far', async () => {
    await answerTheDay(me, () => 'B');
    expect(await me.say('lang en')).toEqual(['Done. Messages will now come in English.']);
    const reviews = h.t.app.get(DataSource).getRepository(ReviewLogEntity);
    const answers = await reviews.count();
    const right = await reviews.countBy({ grade: 'right' });
    const [report] = await me.say('PROGRESS');
    expect(report.split('\n').slice(0, 4)).toEqual([
      'Your progress',
      'Lessons: 3 of 3',
      `Answers: ${answers}, ${Math.round((100 * right) / answers)}% right`,
      'Streak: 4 days',
    ]);
  });
});

/** Answers every prompt of the day as `choose` says; returns each prompt's "问题xx" in order. */
async function answerTheDay(
  learner: WechatLearner,
  choose: (prompt: string) => string,
): Promise<string[]> {
  const asked: string[] = [];
  for (;;) {
    const prompt = /(问题\w+)：/.exec(learner.received.at(-1) ?? '');
    if (!prompt || /下次学习|Next:/.test(learner.received.at(-1) ?? '')) return asked;
    asked.push(prompt[1]);
    await learner.say(choose(prompt[1]));
  }
}
