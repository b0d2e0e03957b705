import { DataSource } from 'typeorm';
import { OutgoingMessage } from '../../src/modules/delivery/chat-channel';
import { smallCourse } from '../factories/course-files';
import { EngineApp, openEngineApp } from '../support/engine-app';
import { TestApp } from '../support/test-app';
import { testEngine } from '../support/test-database';

interface Day {
  date: string;
  messages: OutgoingMessage[];
  /** `lesson/question` asked that day, in order, with ✓ or ✗. */
  asked: string[];
}

/**
 * One learner in Shanghai, 09:00 Mon-Fri from Monday 2 March 2026, answering everything
 * right except the second question of the first day. The server runs in UTC.
 */
describe(`a learner's first three weeks (${testEngine()})`, () => {
  let t: TestApp;
  let app: EngineApp;
  const days: Day[] = [];

  beforeAll(async () => {
    app = await openEngineApp(smallCourse());
    t = app.t;
    const { engine } = app;
    const { learnerId } = await engine.fromMonday({
      name: 'Pilot',
      courseId: 'mini-course',
    });
    for (let day = 0; day < 21; day++) {
      const date = new Date(Date.UTC(2026, 2, 2 + day, 0, 59));
      t.clock.set(date);
      const early = await engine.tick();
      expect(early).toEqual([]);
      t.clock.set(new Date(date.getTime() + 60_000));
      const sent = await engine.tick();
      const replies = await engine.answerAll(learnerId, (q) =>
        day === 0 && q.key === 'q2' ? 'wrong' : 'right',
      );
      days.push({
        date: date.toISOString().slice(0, 10),
        messages: [...sent, ...replies],
        asked: [],
      });
    }
    const rows: Array<{
      local_date: string;
      lesson_key: string;
      question_key: string;
      grade: string;
    }> = await t.app.get(DataSource).query(
      `SELECT s.local_date, l.lesson_key, q.question_key, r.grade
         FROM session_prompts p
         JOIN daily_sessions s ON s.id = p.session_id
         JOIN questions q ON q.id = p.question_id
         JOIN lessons l ON l.id = q.lesson_id
         JOIN review_logs r ON r.prompt_id = p.id
         ORDER BY p.id`,
    );
    for (const row of rows) {
      days
        .find((d) => d.date === row.local_date)!
        .asked.push(`${row.lesson_key}/${row.question_key} ${row.grade === 'right' ? '✓' : '✗'}`);
    }
  });
  afterAll(() => app?.close());

  it('introduces one lesson a day, then reviews, with the missed question back the next day', () => {
    expect(Object.fromEntries(days.map((d) => [d.date, d.asked]))).toEqual({
      '2026-03-02': ['first-lesson/q1 ✓', 'first-lesson/q2 ✗'],
      '2026-03-03': ['second-lesson/q1 ✓', 'second-lesson/q2 ✓', 'first-lesson/q2 ✓'],
      '2026-03-04': ['third-lesson/q1 ✓'],
      '2026-03-05': ['first-lesson/q1 ✓'],
      // Reviews in the order of what they buy (section 9), not the most forgotten first.
      '2026-03-06': ['second-lesson/q1 ✓', 'second-lesson/q2 ✓', 'first-lesson/q2 ✓'],
      '2026-03-07': [],
      '2026-03-08': [],
      '2026-03-09': ['third-lesson/q1 ✓'],
      '2026-03-10': [],
      '2026-03-11': [],
      '2026-03-12': [],
      '2026-03-13': [],
      '2026-03-14': [],
      '2026-03-15': [],
      '2026-03-16': ['first-lesson/q2 ✓'],
      '2026-03-17': ['first-lesson/q1 ✓'],
      '2026-03-18': ['second-lesson/q1 ✓'],
      '2026-03-19': [],
      '2026-03-20': [],
      '2026-03-21': [],
      '2026-03-22': [],
    });
  });

  it('costs n + 1 messages for n prompts, and nothing on days without prompts', () => {
    for (const day of days) {
      expect(day.messages).toHaveLength(day.asked.length === 0 ? 0 : day.asked.length + 1);
    }
  });

  it('sends the first day exactly: lesson with the first prompt, feedback with the next, feedback with the summary', () => {
    const [opening, first, last] = days[0].messages.map((m) => m.body);
    expect(opening).toBe(
      [
        '📘 第 1 天 · 课程mini-course',
        '【第first-lesson课】',
        '',
        'first-lesson的要点，一条消息讲完。',
        '',
        '第 1 题（共 2 题）',
        '问题q1：你的权限只到5%，先做什么？',
        'A. 当场答应',
        'B. 先向上级争取一个区间',
        'C. 直接拒绝',
        '请回复选项字母，例如 B',
      ].join('\n'),
    );
    expect(first).toMatch(
      /^✅ 答对了！\n正确答案：B\. 先向上级争取一个区间\n\n解析：有了区间，你才能谈判而不是传话。\n这道题大约 \d+ 天后再来。\n\n第 2 题（共 2 题）/,
    );
    expect(last).toMatch(/^❌ 这次没答对。\n正确答案：B\. 先向上级争取一个区间/);
    expect(last).toContain('这道题明天再来。');
    expect(last).toMatch(/答对 1\/2 题.*下次学习：明天 09:00/s);
  });

  it('opens a review-only day with a review greeting', () => {
    const thursday = days.find((d) => d.date === '2026-03-05')!;
    expect(thursday.messages[0].body).toMatch(/^🔁 今天是复习日：1 道之前学过的题/);
  });

  it('says when the next session is, across the weekend', () => {
    const friday = days.find((d) => d.date === '2026-03-06')!;
    expect(friday.messages.at(-1)!.body).toContain('下次学习：周一 09:00');
  });
});
