import { addDays, endOfLocalDay, instantAt, localDateOf, weekdayOf } from './local-time';

describe('local dates and wall times', () => {
  it.each([
    ['2026-03-02T15:59:59Z', 'Asia/Shanghai', '2026-03-02'],
    ['2026-03-02T16:00:00Z', 'Asia/Shanghai', '2026-03-03'],
    ['2026-03-02T03:00:00Z', 'America/New_York', '2026-03-01'],
    ['2026-12-31T23:30:00Z', 'Europe/London', '2026-12-31'],
  ])('%s is on %s the local date %s', (iso, zone, date) => {
    expect(localDateOf(new Date(iso), zone)).toBe(date);
  });

  it.each([
    [
      'a learner in Shanghai against a UTC server',
      '2026-03-02',
      '09:00',
      'Asia/Shanghai',
      '2026-03-02T01:00:00.000Z',
    ],
    ['New York in winter', '2026-03-02', '09:00', 'America/New_York', '2026-03-02T14:00:00.000Z'],
    [
      'New York, spring forward: 02:30 does not exist -> 03:00 EDT',
      '2026-03-08',
      '02:30',
      'America/New_York',
      '2026-03-08T07:00:00.000Z',
    ],
    [
      'New York, spring forward: 02:00 does not exist -> 03:00 EDT',
      '2026-03-08',
      '02:00',
      'America/New_York',
      '2026-03-08T07:00:00.000Z',
    ],
    [
      'New York, spring forward: 03:00 is the first valid time',
      '2026-03-08',
      '03:00',
      'America/New_York',
      '2026-03-08T07:00:00.000Z',
    ],
    [
      'New York, fall back: 01:30 happens twice -> the first, EDT',
      '2026-11-01',
      '01:30',
      'America/New_York',
      '2026-11-01T05:30:00.000Z',
    ],
    [
      'New York, fall back: 09:00 is EST',
      '2026-11-01',
      '09:00',
      'America/New_York',
      '2026-11-01T14:00:00.000Z',
    ],
    [
      'London, spring forward: 01:30 does not exist -> 02:00 BST',
      '2026-03-29',
      '01:30',
      'Europe/London',
      '2026-03-29T01:00:00.000Z',
    ],
    [
      'London, fall back: 01:30 happens twice -> the first, BST',
      '2026-10-25',
      '01:30',
      'Europe/London',
      '2026-10-25T00:30:00.000Z',
    ],
  ])('%s', (_, date, time, zone, expected) => {
    expect(instantAt(date, time, zone).toISOString()).toBe(expected);
  });

  it.each([
    ['an ordinary day in Shanghai', '2026-03-02', 'Asia/Shanghai', '2026-03-02T16:00:00.000Z', 24],
    [
      'the 23-hour spring-forward day in New York',
      '2026-03-08',
      'America/New_York',
      '2026-03-09T04:00:00.000Z',
      23,
    ],
    [
      'the 25-hour fall-back day in New York',
      '2026-11-01',
      'America/New_York',
      '2026-11-02T05:00:00.000Z',
      25,
    ],
    [
      'the 25-hour fall-back day in London',
      '2026-10-25',
      'Europe/London',
      '2026-10-26T00:00:00.000Z',
      25,
    ],
  ])('%s ends at %s', (_, date, zone, expected, hours) => {
    const end = endOfLocalDay(date, zone);
    expect(end.toISOString()).toBe(expected);
    expect((end.getTime() - instantAt(date, '00:00', zone).getTime()) / 3_600_000).toBe(hours);
  });

  it('a day whose midnight is skipped starts at the first valid instant', () => {
    // Chile springs forward at midnight: 2026-09-06 starts at 01:00 -03, i.e. 04:00Z.
    const end = endOfLocalDay('2026-09-05', 'America/Santiago');
    expect(end.toISOString()).toBe('2026-09-06T04:00:00.000Z');
    expect(localDateOf(end, 'America/Santiago')).toBe('2026-09-06');
  });

  it.each([
    ['2026-03-02', 1],
    ['2026-02-14', 6],
    ['2026-03-08', 7],
    ['2026-10-01', 4],
  ])('%s is ISO weekday %p', (date, weekday) => {
    expect(weekdayOf(date)).toBe(weekday);
  });

  it.each([
    ['2026-02-28', 1, '2026-03-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-08', 1, '2026-03-09'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('%s plus %p days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    () => instantAt('2026-02-30', '09:00', 'Asia/Shanghai'),
    () => instantAt('2026-3-2', '09:00', 'Asia/Shanghai'),
    () => instantAt('2026-03-02', '24:00', 'Asia/Shanghai'),
    () => instantAt('2026-03-02', '9:00', 'Asia/Shanghai'),
    () => instantAt('2026-03-02', '09:00', 'Mars/Olympus'),
    () => localDateOf(new Date('2026-03-02T00:00:00Z'), 'Shanghai'),
  ])('rejects a bad date, time or zone (%#)', (call) => {
    expect(call).toThrow(RangeError);
  });

  it('answers the same instant again even after a caller changed the Date it was given', () => {
    const first = instantAt('2026-03-02', '09:00', 'Asia/Shanghai');
    first.setTime(0);
    expect(instantAt('2026-03-02', '09:00', 'Asia/Shanghai').toISOString()).toBe(
      '2026-03-02T01:00:00.000Z',
    );
  });

  it('rejects an unknown zone every time it is asked, not only the first', () => {
    expect(() => localDateOf(new Date(), 'Mars/Olympus')).toThrow(RangeError);
    expect(() => localDateOf(new Date(), 'Mars/Olympus')).toThrow('Unknown time zone');
  });
});
