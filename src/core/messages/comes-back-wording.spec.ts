import { formatComesBack } from './time-labels';

describe('when a question comes back, in words', () => {
  it.each([
    [1, 'tomorrow', '明天'],
    [2, 'in about 2 days', '大约 2 天后'],
    [6, 'in about 6 days', '大约 6 天后'],
    [13, 'in about 13 days', '大约 13 天后'],
    [14, 'in about 2 weeks', '大约 2 周后'],
    [30, 'in about 4 weeks', '大约 4 周后'],
    [59, 'in about 8 weeks', '大约 8 周后'],
    [60, 'in about 2 months', '大约 2 个月后'],
    [120, 'in about 4 months', '大约 4 个月后'],
    [365, 'in about a year', '大约 1 年后'],
    [800, 'in about 2 years', '大约 2 年后'],
  ])('%p days -> "%s" / "%s"', (days, en, zh) => {
    expect(formatComesBack(days, 'en')).toBe(en);
    expect(formatComesBack(days, 'zh')).toBe(zh);
  });

  it.each([
    ['a fractional interval rounds to whole days', 5.6, 'in about 6 days'],
    ['less than a day still means tomorrow (sessions are daily)', 0.3, 'tomorrow'],
    ['an interval of zero means tomorrow', 0, 'tomorrow'],
    ['a missing interval reads as tomorrow, never NaN', Number.NaN, 'tomorrow'],
  ])('%s', (_, days, expected) => {
    expect(formatComesBack(days, 'en')).toBe(expected);
  });
});
