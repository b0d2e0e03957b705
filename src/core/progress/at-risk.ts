import { HolidayCalendar, isSessionDay } from '../planning/holiday-calendar';
import { addDays, endOfLocalDay, instantAt } from '../planning/local-time';

/** A learner is at risk after this many session days without an answer. */
export const AT_RISK_SESSION_DAYS = 3;

/** Far enough back to cross the longest Chinese holiday block with room to spare. */
const SEARCH_DAYS = 60;

export interface CohortCalendar {
  workdays: readonly number[];
  calendar?: HolidayCalendar;
  /** The cohort's first possible session day. */
  startDate: string;
}

/** The `count` latest session days before `today` (today is not over yet), newest first. */
export function sessionDaysBefore(
  today: string,
  count: number,
  cohort: Pick<CohortCalendar, 'workdays' | 'calendar'>,
): string[] {
  const days: string[] = [];
  for (let back = 1; back <= SEARCH_DAYS && days.length < count; back++) {
    const day = addDays(today, -back);
    if (isSessionDay(day, cohort.workdays, cohort.calendar)) days.push(day);
  }
  return days;
}

/** The period in which a learner must have answered, as instants in one time zone. */
export interface AtRiskWindow {
  /** Answers from here on count: midnight starting the oldest of the session days. */
  since: Date;
  /** Learners enrolled from here on have not had those session days yet. */
  enrolledBefore: Date;
}

/** The window for learners whose local date is `today` in `zone`; null while the cohort is too young. */
export function atRiskWindow(
  today: string,
  zone: string,
  cohort: CohortCalendar,
): AtRiskWindow | null {
  const days = sessionDaysBefore(today, AT_RISK_SESSION_DAYS, cohort);
  const oldest = days[AT_RISK_SESSION_DAYS - 1];
  if (oldest === undefined || oldest < cohort.startDate) return null;
  return { since: instantAt(oldest, '00:00', zone), enrolledBefore: endOfLocalDay(oldest, zone) };
}

export interface RiskFacts {
  status: string;
  enrolledAt: Date;
  lastAnswerAt: Date | null;
}

/**
 * At risk: active, enrolled for the whole window, and no answer in it. A learner who never
 * joined the bot is at risk too: that is exactly whom HR should chase. Paused, completed and
 * withdrawn learners are not expected to answer.
 */
export function isAtRisk(learner: RiskFacts, window: AtRiskWindow | null): boolean {
  if (!window || learner.status !== 'active') return false;
  if (learner.enrolledAt >= window.enrolledBefore) return false;
  return learner.lastAnswerAt === null || learner.lastAnswerAt < window.since;
}
