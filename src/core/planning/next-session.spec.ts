import { parseHolidayCalendar } from './holiday-calendar';
import { nextSessionStart, sessionStartAfter, upcomingSessionStart } from './next-session';

const calendar = parseHolidayCalendar(`name: test
holidays: [2026-10-01, 2026-10-02, 2026-10-05, 2026-10-06, 2026-10-07]
workdays: [2026-10-10]
`);
const shanghai = {
  zone: 'Asia/Shanghai',
  deliveryTime: '09:00',
  cohortStartDate: '2026-03-02',
  workdays: [1, 2, 3, 4, 5],
  calendar,
};

describe('when the next session starts', () => {
  it.each([
    [
      'a weekday starts that morning, 09:00 Shanghai being 01:00 UTC',
      '2026-03-04',
      '2026-03-04T01:00:00.000Z',
    ],
    ['a Saturday waits for Monday', '2026-03-07', '2026-03-09T01:00:00.000Z'],
    [
      'a day before the cohort starts waits for the start date',
      '2026-02-20',
      '2026-03-02T01:00:00.000Z',
    ],
    ['the National Day week waits for the 8th', '2026-10-01', '2026-10-08T01:00:00.000Z'],
    ['an adjusted Saturday working day is a session day', '2026-10-10', '2026-10-10T01:00:00.000Z'],
  ])('%s', (_scenario, from, expected) => {
    expect(nextSessionStart(shanghai, from)?.toISOString()).toBe(expected);
  });

  it('after a Friday session comes Monday', () => {
    expect(sessionStartAfter(shanghai, '2026-03-06')?.toISOString()).toBe(
      '2026-03-09T01:00:00.000Z',
    );
  });

  it('seen at 15:00 on a weekday, today still counts until its session was held', () => {
    const now = new Date('2026-03-04T07:00:00Z');
    expect(upcomingSessionStart(shanghai, now, false)?.toISOString()).toBe(
      '2026-03-04T01:00:00.000Z',
    );
    expect(upcomingSessionStart(shanghai, now, true)?.toISOString()).toBe(
      '2026-03-05T01:00:00.000Z',
    );
  });

  it('a cohort with no workdays has no next session', () => {
    expect(nextSessionStart({ ...shanghai, workdays: [] }, '2026-03-04')).toBeNull();
  });
});
