import { addDays } from './local-time';

/** How long before a holiday calendar runs out HR is warned. */
export const CALENDAR_WARNING_DAYS = 30;

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/**
 * A warning from 30 days before the calendar's last covered date: past it, every workday of
 * the cohort holds a session, public holidays such as the Spring Festival included. Null
 * while the calendar reaches further.
 */
export function calendarEndWarning(
  calendar: string,
  coveredUntil: string,
  today: string,
): string | null {
  const left = daysBetween(today, coveredUntil);
  if (left > CALENDAR_WARNING_DAYS) return null;
  const next = addDays(coveredUntil, 1);
  const file = `calendars/${calendar}-${next.slice(0, 4)}.yaml`;
  const when =
    left >= 0
      ? `ends on ${coveredUntil} (in ${left} day${left === 1 ? '' : 's'}): from ${next}`
      : `ended on ${coveredUntil}: since ${next}`;
  return `The "${calendar}" holiday calendar ${when} every workday holds a session, public holidays included. Add ${file} to the content folder (see the README).`;
}
