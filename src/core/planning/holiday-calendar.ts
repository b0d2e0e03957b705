import { parse } from 'yaml';
import { DomainError, ErrorDetail } from '../errors';
import { isLocalDate, weekdayOf } from './local-time';

/** Days a country moves: public holidays off, and weekend days made working days in exchange. */
export interface HolidayCalendar {
  name: string;
  /** Every day off, including the weekend days inside a holiday block. */
  holidays: Set<string>;
  /** Weekend days that are working days (China's 调休上班日). */
  workdays: Set<string>;
}

const KNOWN_KEYS = new Set(['name', 'holidays', 'workdays']);

/** Reads a calendar file; every problem found is reported at once, not just the first. */
export function parseHolidayCalendar(yamlText: string): HolidayCalendar {
  const problems: ErrorDetail[] = [];
  const root = parseYaml(yamlText, problems);
  const name = typeof root.name === 'string' && root.name.trim() !== '' ? root.name : '';
  if (!name) problems.push({ field: 'name', message: 'is required (a text such as cn-2026)' });
  for (const key of Object.keys(root).filter((k) => !KNOWN_KEYS.has(k))) {
    problems.push({ field: key, message: 'is not a calendar field (name, holidays, workdays)' });
  }
  const holidays = readDates(root.holidays, 'holidays', problems);
  const workdays = readDates(root.workdays, 'workdays', problems);
  checkWorkdays(holidays, workdays, problems);
  if (problems.length > 0) {
    const summary = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
    throw new DomainError('invalid-input', `Invalid holiday calendar: ${summary}`, problems);
  }
  return { name, holidays, workdays };
}

function parseYaml(yamlText: string, problems: ErrorDetail[]): Record<string, unknown> {
  let root: unknown;
  try {
    root = parse(yamlText);
  } catch (error) {
    problems.push({ field: '(file)', message: `is not valid YAML: ${(error as Error).message}` });
    return {};
  }
  if (typeof root === 'object' && root !== null && !Array.isArray(root)) {
    return root as Record<string, unknown>;
  }
  problems.push({ field: '(file)', message: 'must be a mapping with name, holidays, workdays' });
  return {};
}

function readDates(value: unknown, field: string, problems: ErrorDetail[]): Set<string> {
  const dates = new Set<string>();
  if (value === undefined || value === null) return dates;
  if (!Array.isArray(value)) {
    problems.push({ field, message: 'must be a list of dates (YYYY-MM-DD)' });
    return dates;
  }
  value.forEach((item: unknown, index) => {
    // A YAML 1.1 file turns unquoted dates into timestamps; accept those too.
    const date = item instanceof Date ? item.toISOString().slice(0, 10) : item;
    if (typeof date === 'string' && isLocalDate(date)) dates.add(date);
    else problems.push({ field: `${field}[${index}]`, message: `${String(item)} is not a date` });
  });
  return dates;
}

function checkWorkdays(holidays: Set<string>, workdays: Set<string>, problems: ErrorDetail[]) {
  for (const date of workdays) {
    if (holidays.has(date)) {
      problems.push({
        field: 'workdays',
        message: `${date} is listed both as holiday and workday`,
      });
    } else if (weekdayOf(date) < 6) {
      // A weekday is a working day anyway; listing it is a typo for some other date.
      problems.push({ field: 'workdays', message: `${date} is not a Saturday or Sunday` });
    }
  }
}

const worksOnWeekdays = (cohortWorkdays: readonly number[]): boolean =>
  cohortWorkdays.some((day) => day >= 1 && day <= 5);

/**
 * Whether a cohort gets a session on `localDate`. A holiday never does. An adjusted working
 * day does when the cohort works on ordinary weekdays: the official calendar asks offices to
 * work that Saturday or Sunday, so an office-hours cohort is at work and can learn. A cohort
 * that only works weekends keeps its own rhythm.
 */
export function isSessionDay(
  localDate: string,
  cohortWorkdays: readonly number[],
  calendar?: HolidayCalendar,
): boolean {
  if (calendar?.holidays.has(localDate)) return false;
  if (calendar?.workdays.has(localDate) && worksOnWeekdays(cohortWorkdays)) return true;
  return cohortWorkdays.includes(weekdayOf(localDate));
}
