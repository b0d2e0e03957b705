import { letters, exampleAnswer } from './answer-letters';
import { localize } from './localized-text';

describe('choosing the text of a locale', () => {
  it.each([
    ['the learner’s locale when there', { zh: '中文', en: 'English' }, 'en', 'English'],
    ['the course default when the learner’s is missing', { zh: '中文' }, 'en', '中文'],
    ['the course default when the learner’s is blank', { zh: '中文', en: '  ' }, 'en', '中文'],
    ['any text when both are missing', { en: 'English' }, 'zh', 'English'],
    ['empty when there is no text at all', {}, 'zh', ''],
  ] as const)('%s', (_, text, locale, expected) => {
    expect(localize(text, locale, 'zh')).toBe(expected);
  });
});

describe('answer letters', () => {
  it.each([
    [0, []],
    [2, ['A', 'B']],
    [5, ['A', 'B', 'C', 'D', 'E']],
    [-1, []],
  ])('letters(%p)', (n, expected) => {
    expect(letters(n)).toEqual(expected);
  });

  it('examples are valid answers for the question they illustrate', () => {
    expect(exampleAnswer('single', 2)).toBe('B');
    expect(exampleAnswer('multiple', 2)).toBe('AB');
    expect(exampleAnswer('multiple', 4)).toBe('AC');
  });
});
