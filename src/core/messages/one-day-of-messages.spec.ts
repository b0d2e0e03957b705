import type { LessonDef, Locale } from '../content/course-model';
import type { Grade } from '../srs/grade';
import { RANGE_LESSON } from './messages.fixture';
import { answerViewOf, promptViewOf } from './question-views';
import { renderFeedback, renderLessonMessage, renderReviewStart } from './quiz-messages';
import { formatNextSession } from './time-labels';

const summary = (locale: Locale) => ({
  correct: 2,
  answered: 3,
  streakDays: 4,
  nextSession: formatNextSession(locale, '2026-03-03', 2, '09:00', '2026-03-02'),
});

/** The messages of one session: the opening with the first prompt, then one per answer. */
function playDay(locale: Locale, lesson: LessonDef, grades: Grade[], reviewOnly = false): string[] {
  const total = lesson.questions.length;
  const prompt = (i: number) =>
    promptViewOf(lesson.questions[i], { position: i + 1, total }, locale, 'zh');
  const opening = reviewOnly
    ? renderReviewStart(locale, { reviewCount: total, firstPrompt: prompt(0) })
    : renderLessonMessage(locale, {
        courseTitle: 'Internal Negotiation',
        lessonTitle: lesson.title[locale]!,
        body: lesson.body[locale]!,
        dayNumber: 3,
        firstPrompt: prompt(0),
      });
  const feedbacks = lesson.questions.map((question, i) =>
    renderFeedback(locale, {
      grade: grades[i],
      ...answerViewOf(question, locale, 'zh'),
      comesBackInDays: grades[i] === 'right' ? 6 : 1,
      next: i + 1 < total ? prompt(i + 1) : undefined,
      summary: i + 1 === total ? summary(locale) : undefined,
    }),
  );
  return [opening, ...feedbacks];
}

describe('a day of one lesson and three prompts', () => {
  const grades: Grade[] = ['right', 'wrong', 'partial'];

  it('costs four messages in English, each carrying the right parts', () => {
    const day = playDay('en', RANGE_LESSON, grades);
    expect(day).toHaveLength(4);
    const [lesson, first, second, last] = day;

    expect(lesson).toContain(
      '📘 Day 3 · Internal Negotiation\nAsk for a Range, Not a Single Price',
    );
    expect(lesson).toContain('Ask for a range plus a few things you can trade.');
    expect(lesson).toContain('Question 1 of 3\nYour boss offers');
    expect(lesson).toContain(
      'C. Ask for a range plus terms you can trade\nReply with a letter, e.g. B',
    );

    expect(first).toMatch(
      /^✅ Right!\nCorrect answer: C\. Ask for a range plus terms you can trade\n\n/,
    );
    expect(first).toContain('This one comes back in about 6 days.');
    expect(first).toMatch(/Question 2 of 3\n.*\nReply T \(true\) or F \(false\)$/);

    expect(second).toMatch(/^❌ Not quite\.\nCorrect answer: False\n/);
    expect(second).toContain('This one comes back tomorrow.');
    expect(second).toMatch(
      /Question 3 of 3\n[^]*A\. Payment terms\n[^]*Choose all that apply, e\.g\. AC$/,
    );

    expect(last).toMatch(
      /^🟡 Partly right\.\nCorrect answer: A, C\nA\. Payment terms\nC\. Free delivery/,
    );
    expect(last).toMatch(/Done for today: 2 of 3 right · 4-day streak · Next: tomorrow 09:00$/);
    expect(last).not.toContain('Question');
  });

  it('costs four messages in Chinese, each carrying the right parts', () => {
    const day = playDay('zh', RANGE_LESSON, grades);
    expect(day).toHaveLength(4);
    const [lesson, first, second, last] = day;

    expect(lesson).toContain('📘 第 3 天 · Internal Negotiation\n【要的是区间，而不是一个数字】');
    expect(lesson).toContain('第 1 题（共 3 题）\n老板给你的授权是');
    expect(lesson).toContain('C. 争取一个区间，再加一两项可交换的条件\n请回复选项字母，例如 B');

    expect(first).toMatch(/^✅ 答对了！\n正确答案：C\. 争取一个区间/);
    expect(first).toContain('解析：只有一个数字');
    expect(first).toContain('这道题大约 6 天后再来。');
    expect(first).toMatch(/第 2 题（共 3 题）\n.*\n判断题：请回复「对」或「错」$/);

    expect(second).toMatch(/^❌ 这次没答对。\n正确答案：错\n/);
    expect(second).toContain('这道题明天再来。');
    expect(second).toMatch(/多选题：请回复所有正确选项的字母，例如 AC$/);

    expect(last).toMatch(/^🟡 答对了一部分。\n正确答案：A、C\nA\. 账期\nC\. 达到一定数量免运费/);
    expect(last).toMatch(
      /今天的练习完成了！答对 2\/3 题，已连续学习 4 天。下次学习：明天 09:00。$/,
    );
    expect(last).not.toContain('题（共');
  });

  it('a lesson message without a quiz is just the lesson', () => {
    const text = renderLessonMessage('en', { lessonTitle: 'Title', body: 'Body.' });
    expect(text).toBe('📘 Title\n\nBody.');
  });
});

describe('a day of reviews only', () => {
  it.each(['en', 'zh'] as const)(
    '%s: three reviews cost four messages, the opening says so',
    (locale) => {
      const day = playDay(locale, RANGE_LESSON, ['right', 'right', 'right'], true);
      expect(day).toHaveLength(4);
      expect(day[0]).toMatch(/^🔁 /);
      expect(day[0]).toContain(locale === 'en' ? 'Review day: 3 questions' : '今天是复习日：3 道');
      expect(day[0]).not.toContain('📘');
    },
  );
});
