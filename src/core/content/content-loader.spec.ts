import courseSchema from '../../../content/schema/course.schema.json';
import lessonSchema from '../../../content/schema/lesson.schema.json';
import { loadContent } from './content-loader';
import { ContentFile, formatProblem } from './course-model';

const COURSE = `id: tiny
title: { zh: "小课程", en: "Tiny course" }
summary: { zh: "一门小课程。", en: "A tiny course." }
defaultLocale: zh
modules:
  - id: basics
    title: { zh: "基础", en: "Basics" }
    lessons: [listen]
  - id: more
    title: { zh: "进阶", en: "More" }
    lessons: [ask]
`;

const LISTEN = `id: listen
title: { zh: "倾听", en: "Listen" }
body:
  zh: |
    先听。

    再说。

  en: |
    Listen first.

    Then speak.
questions:
  - id: q1
    type: single
    prompt: { zh: "先做什么？", en: "What first?" }
    choices:
      - { zh: "说", en: "Speak" }
      - { zh: "听", en: "Listen" }
    answer: B
    explain: { zh: "先听。", en: "Listen first." }
  - id: q2
    type: multiple
    prompt: { zh: "哪些是倾听？", en: "Which are listening?" }
    choices:
      - { zh: "提问", en: "Asking" }
      - { zh: "打断", en: "Interrupting" }
      - { zh: "复述", en: "Summarising" }
    answer: [C, A]
    explain: { zh: "提问和复述。", en: "Asking and summarising." }
`;

const ASK = `id: ask
title: { zh: "提问", en: "Ask" }
body: { zh: "多问。", en: "Ask more." }
questions:
  - id: q1
    type: truefalse
    prompt: { zh: "提问显得无知。", en: "Asking looks ignorant." }
    answer: false
    explain: { zh: "提问显示投入。", en: "Asking shows engagement." }
`;

const SCHEMAS = { course: courseSchema, lesson: lessonSchema };

function files(overrides: Record<string, string | null> = {}): ContentFile[] {
  const all: Record<string, string | null> = {
    'content/tiny/course.yaml': COURSE,
    'content/tiny/lessons/listen.yaml': LISTEN,
    'content/tiny/lessons/ask.yaml': ASK,
    ...overrides,
  };
  return Object.entries(all).flatMap(([path, text]) => (text === null ? [] : [{ path, text }]));
}

/** The problems as a trainer reads them, file paths shortened to the course folder. */
function problems(input: ContentFile[]): string[] {
  return loadContent(input, SCHEMAS).problems.map((p) =>
    formatProblem(p).replace(/^(\/srv\/)?content\/tiny\//, ''),
  );
}

const edit = (text: string, from: string, to: string): string => {
  if (!text.includes(from)) throw new Error(`sample has no ${from}`);
  return text.replace(from, to);
};

describe('loading a valid course', () => {
  const { courses, problems: found } = loadContent(files(), SCHEMAS);

  it('reports nothing and builds the course in curriculum order', () => {
    expect(found).toEqual([]);
    expect(courses.map((c) => c.id)).toEqual(['tiny']);
    expect(courses[0].modules.map((m) => [m.id, m.lessonIds])).toEqual([
      ['basics', ['listen']],
      ['more', ['ask']],
    ]);
    expect(courses[0].lessons.map((l) => l.id)).toEqual(['listen', 'ask']);
  });

  it('stores answers in canonical form: one letter, sorted letters, true or false', () => {
    const answers = courses[0].lessons.flatMap((l) => l.questions.map((q) => [q.type, q.answer]));
    expect(answers).toEqual([
      ['single', 'B'],
      ['multiple', 'AC'],
      ['truefalse', 'false'],
    ]);
    expect(courses[0].lessons[1].questions[0].choices).toEqual([]);
  });

  it('keeps the blank line between paragraphs and drops the trailing ones', () => {
    expect(courses[0].lessons[0].body).toEqual({
      zh: '先听。\n\n再说。',
      en: 'Listen first.\n\nThen speak.',
    });
  });

  it('accepts paths under any root, such as an absolute CONTENT_DIR', () => {
    const absolute = files().map((f) => ({ ...f, path: `/srv/${f.path}` }));
    expect(loadContent(absolute, SCHEMAS).courses.map((c) => c.id)).toEqual(['tiny']);
  });
});

describe('a lesson with several mistakes', () => {
  it('reports every one of them at once, in line order', () => {
    let lesson = edit(LISTEN, 'answer: B', 'answer: C');
    lesson = edit(lesson, '  - id: q2', '  - id: q1');
    lesson = edit(lesson, 'type: multiple', 'type: several');
    lesson = edit(lesson, 'explain: { zh: "先听。", en: "Listen first." }', 'explain: { zh: "先听。" }');
    expect(problems(files({ 'content/tiny/lessons/listen.yaml': lesson }))).toEqual([
      'lessons/listen.yaml:20:13 error: question q1: answer C is not among the choices A-B',
      'lessons/listen.yaml:21:5 warning: questions[0].explain has no en text; learners reading en will see zh',
      'lessons/listen.yaml:22:9 error: duplicate question id "q1" (first at questions[0])',
      'lessons/listen.yaml:23:11 error: questions[1].type must be one of single, multiple, truefalse',
    ]);
  });
});

describe('answers', () => {
  const q1Answer = (answer: string) => edit(LISTEN, 'answer: B', `answer: ${answer}`);
  const q2Answer = (answer: string) => edit(LISTEN, 'answer: [C, A]', `answer: ${answer}`);
  const askAnswer = (answer: string) => edit(ASK, 'answer: false', `answer: ${answer}`);

  it.each([
    ['a lowercase letter', 'listen', q1Answer('b'), 'listen.yaml:20:13 error: question q1: the answer must be one capital letter, like B'],
    ['a repeated letter', 'listen', q2Answer('[A, C, A]'), 'listen.yaml:29:20 error: question q2: answer A is listed twice'],
    ['a letter past the choices', 'listen', q2Answer('[A, D]'), 'listen.yaml:29:17 error: question q2: answer D is not among the choices A-C'],
    ['letters run together', 'listen', q2Answer('AC'), 'listen.yaml:29:13 error: question q2: the answer must be a list of two or more letters, like [A, C]'],
    ['one letter for multiple', 'listen', q2Answer('C'), 'listen.yaml:29:13 error: question q2: a multiple question needs two or more right letters; use type single for one'],
    ['"yes" for truefalse', 'ask', askAnswer('yes'), 'ask.yaml:8:13 error: question q1: a truefalse answer is true or false'],
    ['a quoted "true"', 'ask', askAnswer('"true"'), 'ask.yaml:8:13 error: question q1: a truefalse answer is true or false'],
  ])('rejects %s with one message saying what to write', (_, lesson, text, expected) => {
    expect(problems(files({ [`content/tiny/lessons/${lesson}.yaml`]: text }))).toEqual([
      `lessons/${expected}`,
    ]);
  });
});

describe('texts', () => {
  const listenBody = (en: string) =>
    edit(LISTEN, '  en: |\n    Listen first.\n\n    Then speak.\n', `  en: ${en}\n`);

  it('counts characters, not UTF-16 units: 600 emoji fit the body', () => {
    expect(problems(files({ 'content/tiny/lessons/listen.yaml': listenBody('😀'.repeat(600)) }))).toEqual([]);
    expect(problems(files({ 'content/tiny/lessons/listen.yaml': listenBody('😀'.repeat(601)) }))).toEqual([
      'lessons/listen.yaml:9:7 error: body.en is 601 characters; the limit is 600',
    ]);
  });

  it('does not count the newline a | block scalar keeps', () => {
    const exactly600 = `|\n    ${'a'.repeat(600)}\n`;
    expect(problems(files({ 'content/tiny/lessons/listen.yaml': listenBody(exactly600) }))).toEqual([]);
  });

  it.each([
    ['full-width spaces', '"\u3000\u3000"', 'lessons/listen.yaml:9:7 error: body.en is empty'],
    ['nothing at all', '', 'lessons/listen.yaml:9:3 error: body.en is empty'],
  ])('calls a text of %s empty', (_, value, expected) => {
    expect(problems(files({ 'content/tiny/lessons/listen.yaml': listenBody(value) }))).toEqual([expected]);
  });

  it('checks the course texts against the default locale too', () => {
    const course = edit(COURSE, 'title: { zh: "基础", en: "Basics" }', 'title: { en: "Basics" }');
    expect(problems(files({ 'content/tiny/course.yaml': course }))).toEqual([
      "course.yaml:7:5 error: modules[0].title has no zh text; zh is the course's defaultLocale",
    ]);
  });

  it('follows an en default locale: missing zh is a warning and the course still loads', () => {
    const course = edit(COURSE, 'defaultLocale: zh', 'defaultLocale: en');
    const ask = edit(ASK, 'body: { zh: "多问。", en: "Ask more." }', 'body: { en: "Ask more." }');
    const result = loadContent(
      files({ 'content/tiny/course.yaml': course, 'content/tiny/lessons/ask.yaml': ask }),
      SCHEMAS,
    );
    expect(result.problems.map(formatProblem)).toEqual([
      'content/tiny/lessons/ask.yaml:3:1 warning: body has no zh text; learners reading zh will see en',
    ]);
    expect(result.courses[0].lessons[1].body).toEqual({ en: 'Ask more.' });
  });

  it('suggests only the locales for an unknown key in a text', () => {
    const ask = edit(ASK, 'body: { zh: "多问。", en: "Ask more." }', 'body: { zh: "多问。", en: "Ask more.", fr: "Demandez." }');
    expect(problems(files({ 'content/tiny/lessons/ask.yaml': ask }))).toEqual([
      'lessons/ask.yaml:3:37 error: unknown field "fr" in body; allowed: zh, en',
    ]);
  });
});
