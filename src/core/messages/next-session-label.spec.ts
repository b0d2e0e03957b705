import { formatNextSession } from './time-labels';

describe('the next session as a label', () => {
  const MONDAY = '2026-03-02';

  it.each([
    ['later today', '2026-03-02', 1, '18:00', 'today 18:00', '今天 18:00'],
    ['tomorrow', '2026-03-03', 2, '09:00', 'tomorrow 09:00', '明天 09:00'],
    ['after the weekend', '2026-03-06', 5, '09:00', 'Fri 09:00', '周五 09:00'],
    ['six days ahead, still this coming week', '2026-03-08', 7, '08:30', 'Sun 08:30', '周日 08:30'],
    [
      'a week ahead: the weekday alone would mislead',
      '2026-03-09',
      1,
      '09:00',
      'Mon 9 Mar 09:00',
      '3月9日（周一）09:00',
    ],
  ])('%s: %s', (_, date, weekday, hhmm, en, zh) => {
    expect(formatNextSession('en', date, weekday, hhmm, MONDAY)).toBe(en);
    expect(formatNextSession('zh', date, weekday, hhmm, MONDAY)).toBe(zh);
  });

  it('after the Spring Festival break, the date is given', () => {
    const beforeTheBreak = '2026-02-13';
    expect(formatNextSession('en', '2026-02-24', 2, '09:00', beforeTheBreak)).toBe(
      'Tue 24 Feb 09:00',
    );
    expect(formatNextSession('zh', '2026-02-24', 2, '09:00', beforeTheBreak)).toBe(
      '2月24日（周二）09:00',
    );
  });

  it('Friday to Monday reads as the weekday', () => {
    expect(formatNextSession('zh', '2026-03-09', 1, '09:00', '2026-03-06')).toBe('周一 09:00');
  });

  it.each([
    ['a date that is not a date', '2026-02-30', 1],
    ['a weekday out of range', '2026-03-03', 8],
  ])('rejects %s', (_, date, weekday) => {
    expect(() => formatNextSession('en', date, weekday, '09:00', MONDAY)).toThrow(RangeError);
  });
});
