import { DateTime, IANAZone } from 'luxon';

/**
 * Local calendar dates are ISO strings (`2026-03-02`) and wall times `HH:MM`: they have no
 * zone of their own, so they compare, sort and store without surprises. Instants are Dates.
 */

const MINUTE_MS = 60 * 1000;
const DAY_MS = 24 * 60 * MINUTE_MS;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const WALL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

// IANAZone.create caches one zone per name and checks the name once; isValidZone would
// build a new Intl.DateTimeFormat on every call, which dominated planning a large batch.
function zoneOf(name: string): IANAZone {
  const zone = IANAZone.create(name);
  if (!zone.isValid) throw new RangeError(`Unknown time zone "${name}"`);
  return zone;
}

function parseLocalDate(localDate: string): DateTime {
  const date = LOCAL_DATE.test(localDate)
    ? DateTime.fromISO(localDate, { zone: 'utc' })
    : DateTime.invalid('format');
  if (!date.isValid) throw new RangeError(`"${localDate}" is not a date (YYYY-MM-DD)`);
  return date;
}

function isoDateOf(date: DateTime): string {
  const iso = date.toISODate();
  if (iso === null) throw new RangeError(`Invalid date: ${date.invalidExplanation ?? 'unknown'}`);
  return iso;
}

/** Minutes after local midnight of a `HH:MM` wall time. */
export function minutesOfDay(hhmm: string): number {
  const match = WALL_TIME.exec(hhmm);
  if (!match) throw new RangeError(`"${hhmm}" is not a time of day (HH:MM)`);
  return Number(match[1]) * 60 + Number(match[2]);
}

export function isLocalDate(value: string): boolean {
  return LOCAL_DATE.test(value) && DateTime.fromISO(value, { zone: 'utc' }).isValid;
}

/** The calendar date on the wall at `instant` in `zone`. */
export function localDateOf(instant: Date, zone: string): string {
  return isoDateOf(DateTime.fromMillis(instant.getTime(), { zone: zoneOf(zone) }));
}

/** Minutes after local midnight on the wall at `instant` in `zone`. */
export function localMinutesOf(instant: Date, zone: string): number {
  const local = DateTime.fromMillis(instant.getTime(), { zone: zoneOf(zone) });
  return local.hour * 60 + local.minute;
}

/**
 * The instant the wall clock in `zone` shows `hhmm` on `localDate`. A time skipped by a
 * spring-forward gap becomes the first instant after the gap (02:30 -> 03:00), so a session
 * is late rather than lost; a time shown twice at fall-back is its first occurrence.
 */
export function instantAt(localDate: string, hhmm: string, zone: string): Date {
  const key = `${localDate} ${hhmm} ${zone}`;
  let instant = instants.get(key);
  if (instant === undefined) {
    instant = wallToInstant(localDate, hhmm, zone);
    if (instants.size >= MAX_REMEMBERED_INSTANTS) instants.clear();
    instants.set(key, instant);
  }
  return new Date(instant);
}

// A planning batch asks for the same few (date, time, zone) instants thousands of times,
// and each answer costs several Intl offset look-ups; the answers never change.
const MAX_REMEMBERED_INSTANTS = 10_000;
const instants = new Map<string, number>();

function wallToInstant(localDate: string, hhmm: string, zone: string): number {
  const tz = zoneOf(zone);
  const wall = parseLocalDate(localDate).toMillis() + minutesOfDay(hhmm) * MINUTE_MS;
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
  return parseLocalDate(localDate).weekday;
}

export function addDays(localDate: string, days: number): string {
  return isoDateOf(parseLocalDate(localDate).plus({ days }));
}
