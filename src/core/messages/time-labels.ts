import type { Locale } from '../content/course-model';
import { addDays, isLocalDate } from '../planning/local-time';
import { catalogs } from './catalogs';

const WEEK = 7;
const MONTH = 30.44;
const YEAR = 365.25;

/**
 * When a question comes back, as a learner would say it: "tomorrow", "in about 6 days",
 * "in about 2 weeks" (from 14 days), "in about 3 months" (from 60), "in about 2 years"
 * (from 365). FSRS fuzzes intervals, so the figure is rounded and said to be "about".
 */
export function formatComesBack(days: number, locale: Locale): string {
  const t = catalogs[locale];
  const d = Number.isFinite(days) ? Math.max(1, Math.round(days)) : 1;
  if (d === 1) return t.tomorrow;
  if (d < 14) return t.inAboutDays(d);
  if (d < 60) return t.inAboutWeeks(Math.round(d / WEEK));
  if (d < 365) return t.inAboutMonths(Math.round(d / MONTH));
  return t.inAboutYears(Math.round(d / YEAR));
}

/**
 * The next session as a short local label: "today 18:00", "tomorrow 09:00", "Mon 09:00"
 * within the coming week, and with the date beyond it (a long holiday), where a weekday
 * alone would point to the wrong week. `weekday` is ISO: 1 = Monday ... 7 = Sunday.
 */
export function formatNextSession(
  locale: Locale,
  localDate: string,
  weekday: number,
  hhmm: string,
  today: string,
): string {
  if (!isLocalDate(localDate)) throw new RangeError(`"${localDate}" is not a date (YYYY-MM-DD)`);
  if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) {
    throw new RangeError(`Weekday ${weekday} is not 1 (Monday) to 7 (Sunday)`);
  }
  const t = catalogs[locale];
  if (localDate === today) return t.todayAt(hhmm);
  if (localDate === addDays(today, 1)) return t.tomorrowAt(hhmm);
  if (localDate > today && localDate < addDays(today, WEEK)) return t.weekdayAt(weekday, hhmm);
  const [, month, day] = localDate.split('-').map(Number);
  return t.dateAt(month, day, weekday, hhmm);
}
