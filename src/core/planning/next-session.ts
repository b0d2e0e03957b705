import { HolidayCalendar, isSessionDay } from './holiday-calendar';
import { addDays, instantAt, localDateOf } from './local-time';

export interface SessionSchedule {
  zone: string;
  deliveryTime: string;
  cohortStartDate: string;
  workdays: readonly number[];
  calendar?: HolidayCalendar;
}

/** Long enough to cross the longest Chinese holiday block, plus a margin. */
const SEARCH_DAYS = 60;

/**
 * The first session start on a session day from `fromLocalDate` on (inclusive), or
 * null when none falls within the search window (e.g. a cohort with no workdays).
 */
export function nextSessionStart(schedule: SessionSchedule, fromLocalDate: string): Date | null {
  const first = fromLocalDate < schedule.cohortStartDate ? schedule.cohortStartDate : fromLocalDate;
  for (let i = 0; i < SEARCH_DAYS; i++) {
    const day = addDays(first, i);
    if (isSessionDay(day, schedule.workdays, schedule.calendar)) {
      return instantAt(day, schedule.deliveryTime, schedule.zone);
    }
  }
  return null;
}

/** The next start after the session of `localDate`: from the following day on. */
export const sessionStartAfter = (schedule: SessionSchedule, localDate: string): Date | null =>
  nextSessionStart(schedule, addDays(localDate, 1));

/** The next start as seen at `now`: today's if it is still to come or not yet held, else later. */
export function upcomingSessionStart(
  schedule: SessionSchedule,
  now: Date,
  heldToday: boolean,
): Date | null {
  const today = localDateOf(now, schedule.zone);
  return heldToday ? sessionStartAfter(schedule, today) : nextSessionStart(schedule, today);
}
