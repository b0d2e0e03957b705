import { calendarEndWarning } from './calendar-coverage';

describe('a holiday calendar running out', () => {
  it('says nothing while more than 30 days are covered', () => {
    expect(calendarEndWarning('cn', '2026-12-31', '2026-11-30')).toBeNull();
  });

  it('warns from 30 days before its last date, naming the file to add', () => {
    expect(calendarEndWarning('cn', '2026-12-31', '2026-12-01')).toBe(
      'The "cn" holiday calendar ends on 2026-12-31 (in 30 days): from 2027-01-01 every workday holds a session, public holidays included. Add calendars/cn-2027.yaml to the content folder (see the README).',
    );
    expect(calendarEndWarning('cn', '2026-12-31', '2026-12-30')).toContain('(in 1 day)');
  });

  it('keeps warning once it has run out', () => {
    expect(calendarEndWarning('cn', '2026-12-31', '2027-02-10')).toMatch(
      /^The "cn" holiday calendar ended on 2026-12-31: since 2027-01-01 every workday/,
    );
  });
});
