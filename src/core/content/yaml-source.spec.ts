import { error } from './node-path';
import { YamlSource } from './yaml-source';

const parse = (text: string) => YamlSource.parse({ path: 'lesson.yaml', text });

const position = (source: YamlSource, path: (string | number)[]) => {
  const { line, column } = source.problem(error(path, 'x'));
  return `${line}:${column}`;
};

describe('reading a YAML file', () => {
  it.each([
    ['LF', 'id: a\nbody:\n  en: |\n    One.\n\n    Two.\nanswer: B\n'],
    ['CRLF', 'id: a\r\nbody:\r\n  en: |\r\n    One.\r\n\r\n    Two.\r\nanswer: B\r\n'],
    ['a BOM', '\uFEFFid: a\nbody:\n  en: |\n    One.\n\n    Two.\nanswer: B\n'],
  ])('with %s gives the same data and positions', (_, text) => {
    const source = parse(text);
    expect(source.problems).toEqual([]);
    expect(source.data).toEqual({ id: 'a', body: { en: 'One.\n\nTwo.\n' }, answer: 'B' });
    expect(position(source, ['id'])).toBe('1:5');
    expect(position(source, ['answer'])).toBe('7:9');
  });

  it.each([
    ['a scalar, at its value', ['body', 'en'], '3:7'],
    ['a map, at its key', ['body'], '2:1'],
    ['a list item map, at its first key', ['questions', 0], '6:5'],
    ['an unknown path, at the deepest part that exists', ['questions', 0, 'nope'], '6:5'],
  ])('places a problem about %s', (_, path, expected) => {
    const source = parse('id: a\nbody:\n  en: |\n    One.\nquestions:\n  - id: q1\n');
    expect(position(source, path)).toBe(expected);
  });

  it.each([
    ['a tab before a key', 'id: a\nbody:\n\ten: One.\n', '3:1'],
    ['a tab after spaces', 'id: a\nquestions:\n  - id: q1\n  \ttype: single\n', '4:3'],
  ])('reports %s as one tab problem at the tab', (_, text, at) => {
    const source = parse(text);
    expect(source.problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      `${at} tabs are not allowed for indentation; use spaces`,
    ]);
    expect(source.data).toBeUndefined();
  });

  it('keeps a tab inside a block scalar as text', () => {
    const source = parse('body:\n  en: |\n    Steps:\n    \tfirst\n');
    expect(source.problems).toEqual([]);
    expect(source.data).toEqual({ body: { en: 'Steps:\n\tfirst\n' } });
  });

  it('reports a YAML syntax error where the parser found it and returns no data', () => {
    const source = parse("id: a\ntitle: 'open\n");
    expect(source.problems).toEqual([
      {
        file: 'lesson.yaml',
        line: 3,
        column: 1,
        severity: 'error',
        message: "invalid YAML: missing closing 'quote",
      },
    ]);
    expect(source.data).toBeUndefined();
  });
});
