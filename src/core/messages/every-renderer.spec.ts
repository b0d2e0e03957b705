import { LOCALES, type Locale } from '../content/course-model';
import * as messages from './index';
import type { PromptView } from './message-views';

const SINGLE: PromptView = {
  position: 2,
  total: 5,
  type: 'single',
  prompt: 'Your customer demands 12% off; your authority ends at 5%. What do you do first?',
  choices: ['Agree', 'Ask what is behind it', 'Call your boss'],
};
const TRUE_FALSE: PromptView = {
  ...SINGLE,
  type: 'truefalse',
  prompt: 'A range is a gift.',
  choices: [],
};
const SUMMARY = { correct: 2, answered: 3, streakDays: 4, nextSession: 'Mon 09:00' };

/** Every function that produces text the bot sends, with typical arguments. */
const RENDERERS: [string, (locale: Locale) => string][] = [
  ['renderPrompt', (l) => messages.renderPrompt(l, SINGLE)],
  ['renderPrompt truefalse', (l) => messages.renderPrompt(l, TRUE_FALSE)],
  ['renderPrompt multiple', (l) => messages.renderPrompt(l, { ...SINGLE, type: 'multiple' })],
  [
    'renderLessonMessage',
    (l) =>
      messages.renderLessonMessage(l, {
        courseTitle: 'Course',
        lessonTitle: 'Lesson',
        body: 'Body.',
        dayNumber: 1,
        firstPrompt: SINGLE,
      }),
  ],
  [
    'renderReviewStart',
    (l) => messages.renderReviewStart(l, { reviewCount: 1, firstPrompt: SINGLE }),
  ],
  [
    'renderFeedback',
    (l) =>
      messages.renderFeedback(l, {
        grade: 'partial',
        correctAnswer: 'AC',
        correctChoiceTexts: ['Agree', 'Call your boss'],
        explain: 'Because.',
        comesBackInDays: 6,
        next: TRUE_FALSE,
      }),
  ],
  ['renderSummary', (l) => messages.renderSummary(l, SUMMARY)],
  ['renderReminder', (l) => messages.renderReminder(l, { remaining: 3, prompt: SINGLE })],
  [
    'renderCompletion',
    (l) => messages.renderCompletion(l, { courseTitle: 'Course', lessons: 18, mastered: 54 }),
  ],
  [
    'welcome',
    (l) => messages.welcome(l, { name: 'Lin Yue', courseTitle: 'Course', deliveryTime: '09:00' }),
  ],
  [
    'welcome without a name',
    (l) => messages.welcome(l, { courseTitle: 'Course', deliveryTime: '09:00' }),
  ],
  ['help', (l) => messages.help(l)],
  [
    'progress',
    (l) =>
      messages.progress(l, {
        lessonsDelivered: 7,
        lessonsTotal: 18,
        answers: 25,
        accuracyPct: 80.4,
        streakDays: 4,
        dueNow: 3,
        mastered: 12,
      }),
  ],
  [
    'progress before any answer',
    (l) =>
      messages.progress(l, {
        lessonsDelivered: 0,
        lessonsTotal: 18,
        answers: 0,
        accuracyPct: Number.NaN,
        streakDays: 0,
        dueNow: 0,
        mastered: 0,
      }),
  ],
  ['paused', (l) => messages.paused(l)],
  ['resumed', (l) => messages.resumed(l, { nextSession: 'Mon 09:00' })],
  ['timeSet', (l) => messages.timeSet(l, { hhmm: '08:30', nextSession: 'tomorrow 08:30' })],
  ['timeInvalid', (l) => messages.timeInvalid(l)],
  ['languageSet', (l) => messages.languageSet(l)],
  ['invalidAnswer single', (l) => messages.invalidAnswer(l, { type: 'single', choiceCount: 4 })],
  [
    'invalidAnswer multiple',
    (l) => messages.invalidAnswer(l, { type: 'multiple', choiceCount: 2 }),
  ],
  [
    'invalidAnswer truefalse',
    (l) => messages.invalidAnswer(l, { type: 'truefalse', choiceCount: 0 }),
  ],
  ['noOpenPrompt', (l) => messages.noOpenPrompt(l, { nextSession: 'Mon 09:00' })],
  ['nothingMore', (l) => messages.nothingMore(l)],
  ['sendYourCode', (l) => messages.sendYourCode(l)],
  ['codeUnknown', (l) => messages.codeUnknown(l)],
  ['codeExpired', (l) => messages.codeExpired(l)],
  ['codeUsed', (l) => messages.codeUsed(l)],
  ['alreadyBound', (l) => messages.alreadyBound(l)],
  ['nonTextHint', (l) => messages.nonTextHint(l)],
  ['sessionExpired', (l) => messages.sessionExpired(l)],
  [
    'noOpenPromptSessionToday',
    (l) => messages.noOpenPromptSessionToday(l, { nextSession: 'today 09:00' }),
  ],
  ['noOpenPromptPaused', (l) => messages.noOpenPromptPaused(l)],
  ['noSessionScheduled', (l) => messages.noSessionScheduled(l)],
  ['languageInvalid', (l) => messages.languageInvalid(l)],
  ['codeProblem unknown', (l) => messages.codeProblem(l, 'unknown')],
  ['codeProblem revoked', (l) => messages.codeProblem(l, 'revoked')],
  ['codeProblem expired', (l) => messages.codeProblem(l, 'expired')],
  ['codeProblem used', (l) => messages.codeProblem(l, 'used')],
];

const CASES = LOCALES.flatMap((locale) =>
  RENDERERS.map(([name, render]) => [locale, name, render] as const),
);

describe('every text the bot sends, in every locale', () => {
  it.each(CASES)('%s %s is plain, filled-in text', (locale, _, render) => {
    const text = render(locale);
    expect(text.trim()).not.toBe('');
    expect(text).not.toMatch(/undefined|NaN|\[object|\$\{/);
    // WeChat shows no markdown.
    expect(text).not.toMatch(/\*\*|__|`|^#|^\s*[-*] /m);
  });

  it('Chinese messages are written in Chinese, English ones in English', () => {
    for (const [, render] of RENDERERS) {
      expect(render('zh')).toMatch(/\p{Script=Han}/u);
    }
    const alwaysBilingual = new Set([
      'help',
      'welcome',
      'welcome without a name',
      'sendYourCode',
      'codeUnknown',
      'codeProblem unknown',
      'codeProblem revoked',
      'codeProblem expired',
      'codeProblem used',
    ]);
    for (const [name, render] of RENDERERS) {
      if (!alwaysBilingual.has(name)) expect(render('en')).not.toMatch(/\p{Script=Han}/u);
    }
  });

  it.each(LOCALES)(
    '%s: an unbound contact is asked for a code in both languages, theirs first',
    (locale) => {
      const [first, second] = messages.sendYourCode(locale).split('\n');
      expect(first).toBe(messages.catalogs[locale].sendYourCode);
      expect(second).toBe(messages.catalogs[locale === 'zh' ? 'en' : 'zh'].sendYourCode);
    },
  );

  it.each(LOCALES)('%s: a code that did not work is explained in both languages', (locale) => {
    const other = locale === 'zh' ? 'en' : 'zh';
    expect(messages.codeProblem(locale, 'expired')).toBe(
      `${messages.codeExpired(locale)}\n${messages.codeExpired(other)}`,
    );
  });

  it.each([
    [
      'en',
      'single',
      4,
      'I couldn’t read that as an answer. Reply with one letter, A to D, e.g. B.',
    ],
    [
      'en',
      'single',
      2,
      'I couldn’t read that as an answer. Reply with one letter, A or B, e.g. B.',
    ],
    [
      'en',
      'multiple',
      2,
      'I couldn’t read that as an answer. Reply with every letter that applies (A or B), e.g. AB.',
    ],
    ['zh', 'multiple', 5, '没能识别这个答案。请回复所有正确选项的字母（A 到 E），例如 AC。'],
    ['zh', 'truefalse', 0, '没能识别这个答案。请回复「对」或「错」。'],
  ] as const)('%s invalid %s answer with %p choices: %s', (locale, type, choiceCount, expected) => {
    expect(messages.invalidAnswer(locale, { type, choiceCount })).toBe(expected);
  });

  it('the help lists every command in both languages', () => {
    for (const locale of LOCALES) {
      const text = messages.help(locale);
      for (const word of ['help', '帮助', 'progress', '进度', 'pause', '暂停', 'resume', '继续']) {
        expect(text).toContain(word);
      }
      for (const word of [
        'time HH:MM',
        '时间 HH:MM',
        'lang zh',
        '语言 中文',
        'lang en',
        '语言 英文',
        'more',
        '再来',
      ]) {
        expect(text).toContain(word);
      }
    }
  });

  it('the welcome greets by name and ends with the commands', () => {
    const text = messages.welcome('zh', {
      name: '林悦',
      courseTitle: '对内谈判',
      deliveryTime: '08:30',
    });
    expect(text).toMatch(/^林悦，你好！欢迎加入《对内谈判》。\n每个工作日 08:30/);
    expect(text.endsWith(messages.help('zh'))).toBe(true);
  });
});
