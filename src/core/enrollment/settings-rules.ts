import { IANAZone } from 'luxon';
import { ErrorDetail } from '../errors';

/** Field checks shared by cohorts, learners and their imports; each returns a message or null. */
export const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export const checkTime = (value: unknown): string | null =>
  typeof value === 'string' && HHMM.test(value) ? null : 'must be a time HH:MM, 00:00 to 23:59';

export const checkTimezone = (value: unknown): string | null =>
  typeof value === 'string' && IANAZone.isValidZone(value)
    ? null
    : 'must be an IANA timezone such as Asia/Shanghai';

export const checkLocale = (value: unknown): string | null =>
  value === 'zh' || value === 'en' ? null : 'must be zh or en';

export const checkIntRange = (value: unknown, min: number, max: number): string | null =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max
    ? null
    : `must be a whole number from ${min} to ${max}`;

export const checkLocalDate = (value: unknown): string | null =>
  typeof value === 'string' &&
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
  new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)
    ? null
    : 'must be a date YYYY-MM-DD';

/** Collects the problems of the fields that are present. */
export function collect(
  checks: Array<[field: string, present: boolean, problem: () => string | null]>,
): ErrorDetail[] {
  return checks.flatMap(([field, present, problem]) => {
    const message = present ? problem() : null;
    return message ? [{ field, message }] : [];
  });
}
