import { DomainError } from '../errors';
import { parseHolidayCalendar } from './holiday-calendar';

describe('reading a holiday calendar file', () => {
  it('reads the name, the days off and the working weekend days', () => {
    const calendar = parseHolidayCalendar(`
# a comment
name: test
holidays:
  - 2026-10-01 # National Day
  - "2026-10-02"
workdays:
  - 2026-10-10 # a Saturday
`);
    expect(calendar).toEqual({
      name: 'test',
      holidays: new Set(['2026-10-01', '2026-10-02']),
      workdays: new Set(['2026-10-10']),
    });
  });

  it('a calendar may have no adjusted working days', () => {
    expect(parseHolidayCalendar('name: uk\nholidays: [2026-12-25]\n').workdays.size).toBe(0);
  });

  it.each([
    [
      'a date that does not exist',
      'name: x\nholidays: [2026-02-30]',
      /holidays\[0\]: 2026-02-30 is not a date/,
    ],
    [
      'a date in another format',
      'name: x\nholidays: [2026-2-3]',
      /holidays\[0\]: 2026-2-3 is not a date/,
    ],
    ['text instead of a date', 'name: x\nworkdays: [soon]', /workdays\[0\]: soon is not a date/],
    [
      'a date listed both ways',
      'name: x\nholidays: [2026-02-14]\nworkdays: [2026-02-14]',
      /2026-02-14 is listed both as holiday and workday/,
    ],
    [
      'a working "weekend" day that is a weekday',
      'name: x\nworkdays: [2026-02-13]',
      /2026-02-13 is not a Saturday or Sunday/,
    ],
    ['a missing name', 'holidays: [2026-10-01]', /name: is required/],
    ['a misspelt field', 'name: x\nholiday: [2026-10-01]', /holiday: is not a calendar field/],
    ['a list that is not a list', 'name: x\nholidays: 2026-10-01', /holidays: must be a list/],
    ['broken YAML', 'name: [x', /is not valid YAML/],
    ['a file that is a list', '- 2026-10-01', /must be a mapping/],
  ])('rejects %s with a message saying what is wrong', (_, yaml, message) => {
    expect(() => parseHolidayCalendar(yaml)).toThrow(message);
  });

  it('reports every problem at once, each with its place', () => {
    let caught: unknown;
    try {
      parseHolidayCalendar('name: x\nholidays: [2026-13-01, 2026-10-01, 31.12.2026]');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DomainError);
    const fields = (caught as DomainError).details.map((detail) => detail.field);
    expect(fields).toEqual(['holidays[0]', 'holidays[2]']);
  });
});
