import courseSchema from '../../../content/schema/course.schema.json';
import lessonSchema from '../../../content/schema/lesson.schema.json';
import { loadContent } from './content-loader';
import { ContentFile, ContentLoadResult, formatProblem } from './course-model';

const SCHEMAS = { course: courseSchema, lesson: lessonSchema };

const course = (id: string, lessons: string) => `id: ${id}
title: { zh: "课程", en: "Course" }
summary: { zh: "简介。", en: "Summary." }
defaultLocale: zh
modules:
  - id: m1
    title: { zh: "模块", en: "Module" }
    lessons: ${lessons}
`;

const lesson = (id: string) => `id: ${id}
title: { zh: "课", en: "Lesson" }
body: { zh: "正文。", en: "Body." }
questions:
  - { id: q1, type: truefalse, prompt: { zh: "对吗？", en: "True?" }, answer: true, explain: { zh: "对。", en: "Yes." } }
`;

function load(files: Record<string, string>): ContentLoadResult {
  const list: ContentFile[] = Object.entries(files).map(([path, text]) => ({ path, text }));
  return loadContent(list, SCHEMAS);
}

const lines = (result: ContentLoadResult): string[] => result.problems.map(formatProblem);

describe('files of one course folder checked together', () => {
  it.each([
    [
      'a listed lesson whose YAML is broken is not also called missing',
      {
        'c/a/course.yaml': course('a', '[one]'),
        'c/a/lessons/one.yaml': 'id: one\ntitle: [\n',
      },
      [
        'c/a/lessons/one.yaml:3:1 error: invalid YAML: flow sequence in block collection must be sufficiently indented and end with a ]',
      ],
    ],
    [
      'an unreadable lesson list does not make every lesson unlisted',
      { 'c/a/course.yaml': course('a', 'one'), 'c/a/lessons/one.yaml': lesson('one') },
      ['c/a/course.yaml:8:14 error: modules[0].lessons must be a list, not a string'],
    ],
    [
      'the same lesson as .yaml and .yml is a duplicate id',
      {
        'c/a/course.yaml': course('a', '[one]'),
        'c/a/lessons/one.yaml': lesson('one'),
        'c/a/lessons/one.yml': lesson('one'),
      },
      ['c/a/lessons/one.yml:1:5 error: duplicate lesson id "one" (first in c/a/lessons/one.yaml)'],
    ],
    [
      'a file outside course.yaml and lessons/ is ignored with a warning',
      {
        'c/a/course.yaml': course('a', '[one]'),
        'c/a/lessons/one.yaml': lesson('one'),
        'c/a/notes.yaml': 'todo: more lessons\n',
      },
      [
        'c/a/notes.yaml:1:1 warning: ignored: a course folder holds course.yaml and lessons/<lesson-id>.yaml only',
      ],
    ],
    [
      'an empty lesson file',
      { 'c/a/course.yaml': course('a', '[one]'), 'c/a/lessons/one.yaml': '# nothing yet\n' },
      ['c/a/lessons/one.yaml:1:1 error: the file is empty'],
    ],
    [
      'a repeated YAML key',
      {
        'c/a/course.yaml': course('a', '[one]'),
        'c/a/lessons/one.yaml': lesson('one').replace('body:', 'title: { en: "Again" }\nbody:'),
      },
      ['c/a/lessons/one.yaml:3:1 error: invalid YAML: map keys must be unique'],
    ],
    [
      'an alias to an anchor that does not exist',
      {
        'c/a/course.yaml': course('a', '[one]'),
        'c/a/lessons/one.yaml': lesson('one').replace('title: {', 'title: *missing\nx: {'),
      },
      ['c/a/lessons/one.yaml:2:8 error: invalid YAML: alias *missing has no anchor &missing before it'],
    ],
  ])('%s', (_, files, expected) => {
    const result = load(files);
    expect(lines(result)).toEqual(expected);
    expect(result.courses).toEqual(
      expected.some((line) => line.includes(' error: ')) ? [] : [expect.objectContaining({ id: 'a' })],
    );
  });

  it('reuses anchors and aliases as plain values', () => {
    const withAlias = lesson('one')
      .replace('title: {', 'title: &t {')
      .replace('body: { zh: "正文。", en: "Body." }', 'body: *t');
    const result = load({ 'c/a/course.yaml': course('a', '[one]'), 'c/a/lessons/one.yaml': withAlias });
    expect(lines(result)).toEqual([]);
    expect(result.courses[0].lessons[0].body).toEqual({ zh: '课', en: 'Lesson' });
  });
});

describe('course folders of one content root', () => {
  it('builds the valid courses and drops only the broken one', () => {
    const result = load({
      'c/good/course.yaml': course('good', '[one]'),
      'c/good/lessons/one.yaml': lesson('one'),
      'c/bad/course.yaml': course('bad', '[one, two]'),
      'c/bad/lessons/one.yaml': lesson('one'),
    });
    expect(result.courses.map((c) => c.id)).toEqual(['good']);
    expect(lines(result)).toEqual([
      'c/bad/course.yaml:8:20 error: lesson "two" is listed but there is no lessons/two.yaml',
    ]);
  });

  it('lists problems by file, then line, then column', () => {
    const result = load({
      'c/b/course.yaml': course('b', '[one, one]'),
      'c/b/lessons/one.yaml': lesson('one').replace('id: one', 'id: One'),
      'c/a/course.yaml': course('a', '[]'),
    });
    expect(lines(result)).toEqual([
      'c/a/course.yaml:8:5 error: modules[0].lessons has 0 items; it needs at least 1',
      'c/b/course.yaml:8:20 error: lesson "one" is listed twice (first at modules[0].lessons[0])',
      'c/b/lessons/one.yaml:1:5 error: id "One" must be lowercase letters, digits and single hyphens, like "pricing-basics"',
    ]);
  });
});
