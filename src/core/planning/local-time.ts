import { IANAZone } from 'luxon';

/**
 * Local calendar dates are ISO strings (`2026-03-02`) and wall times `HH:MM`: they have no
 * zone of their own, so they compare, sort and store without surprises. Instants are Dates.
 *
 * Calendar arithmetic runs on UTC milliseconds, where every day has 24 hours; luxon answers
 * only what needs the IANA database: a zone's offset at an instant.
 */

const MINUTE_MS = 60 * 1000;
const DAY_MS = 24 * 60 * MINUTE_MS;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WALL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

// IANAZone.create caches one zone per name and checks the name once; isValidZone would
// build a new Intl.DateTimeFormat on every call, which dominated planning a large batch.
function zoneOf(name: string): IANAZone {
  const zone = IANAZone.create(name);
  if (!zone.isValid) throw new RangeError(`Unknown time zone "${name}"`);
  return zone;
}

/**
 * A bounded memo for pure answers that planning asks for thousands of times per batch (the
 * same few instants and dates); each costs Intl look-ups or parsing, and never changes.
 */
function remembered<T>(): (key: string, compute: () => T) => T {
  const answers = new Map<string, T>();
  return (key, compute) => {
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = compute();
      if (answers.size >= 10_000) answers.clear();
      answers.set(key, answer);
    }
    return answer;
  };
}

/** Minutes the zone's wall clock is ahead of UTC at `ms`. */
const offsetAt = (zone: string, ms: number): number =>
  offsets(`${ms} ${zone}`, () => zoneOf(zone).offset(ms));
const offsets = remembered<number>();

/** Epoch milliseconds of the date's UTC midnight; throws unless it is a real date. */
const utcMidnightOf = (localDate: string): number =>
  midnights(localDate, () => parseLocalDate(localDate));
const midnights = remembered<number>();

function parseLocalDate(localDate: string): number {
  const match = LOCAL_DATE.exec(localDate);
  const date = new Date(0);
  if (match) date.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // 2026-02-30 rolls over to March: a date that does not come back as itself is no date.
  if (!match || isoDateOf(date.getTime()) !== localDate) {
    throw new RangeError(`"${localDate}" is not a date (YYYY-MM-DD)`);
  }
  return date.getTime();
}

const isoDateOf = (utcMs: number): string => new Date(utcMs).toISOString().slice(0, 10);

/** Minutes after local midnight of a `HH:MM` wall time. */
export function minutesOfDay(hhmm: string): number {
  const match = WALL_TIME.exec(hhmm);
  if (!match) throw new RangeError(`"${hhmm}" is not a time of day (HH:MM)`);
  return Number(match[1]) * 60 + Number(match[2]);
}

export function isLocalDate(value: string): boolean {
  try {
    utcMidnightOf(value);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock at `instant` in `zone`, as UTC milliseconds of the same reading. */
function wallAt(instant: Date, zone: string): number {
  const ms = instant.getTime();
  return ms + offsetAt(zone, ms) * MINUTE_MS;
}

/** The calendar date on the wall at `instant` in `zone`. */
export function localDateOf(instant: Date, zone: string): string {
  return isoDateOf(wallAt(instant, zone));
}

/** Minutes after local midnight on the wall at `instant` in `zone`. */
export function localMinutesOf(instant: Date, zone: string): number {
  const wall = wallAt(instant, zone);
  return Math.floor((((wall % DAY_MS) + DAY_MS) % DAY_MS) / MINUTE_MS);
}

/**
 * The instant the wall clock in `zone` shows `hhmm` on `localDate`. A time skipped by a
 * spring-forward gap becomes the first instant after the gap (02:30 -> 03:00), so a session
 * is late rather than lost; a time shown twice at fall-back is its first occurrence.
 */
export function instantAt(localDate: string, hhmm: string, zone: string): Date {
  const key = `${localDate} ${hhmm} ${zone}`;
  return new Date(instants(key, () => wallToInstant(localDate, hhmm, zone)));
}

const instants = remembered<number>();

function wallToInstant(localDate: string, hhmm: string, zone: string): number {
  const tz = zoneOf(zone);
  const wall = utcMidnightOf(localDate) + minutesOfDay(hhmm) * MINUTE_MS;
  // No zone moves its offset twice within a day, so the offsets a day either side are the
  // only two candidates.
  const candidates = [tz.offset(wall - DAY_MS), tz.offset(wall + DAY_MS)]
    .map((offset) => wall - offset * MINUTE_MS)
    .filter((instant) => wall === instant + tz.offset(instant) * MINUTE_MS);
  if (candidates.length > 0) return Math.min(...candidates);
  return firstInstantAfterGap(tz, wall);
}

/** The transition instant ending the gap that swallowed the wall time `wall`. */
function firstInstantAfterGap(tz: IANAZone, wall: number): number {
  const offsetAfter = tz.offset(wall + DAY_MS);
  // `low` reads earlier than the gap, `high` later; halve until they meet at the transition.
  let low = wall - offsetAfter * MINUTE_MS;
  let high = wall - tz.offset(wall - DAY_MS) * MINUTE_MS;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (tz.offset(middle) === offsetAfter) high = middle;
    else low = middle;
  }
  return high;
}

/** The first instant of the next local day: where the day's prompts expire. */
export function endOfLocalDay(localDate: string, zone: string): Date {
  return instantAt(addDays(localDate, 1), '00:00', zone);
}

/** ISO weekday of a local date: 1 = Monday ... 7 = Sunday. */
export function weekdayOf(localDate: string): number {
  return new Date(utcMidnightOf(localDate)).getUTCDay() || 7;
}

export function addDays(localDate: string, days: number): string {
  return isoDateOf(utcMidnightOf(localDate) + days * DAY_MS);
}
