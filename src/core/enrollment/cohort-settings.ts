import { ErrorDetail } from '../errors';
import { checkIntRange, checkLocalDate, checkTime, checkTimezone, collect } from './settings-rules';

/**
 * When a new lesson's questions are first asked: right after it is read, or in a later
 * session as the first spaced retrieval (on a day that would otherwise ask nothing, they are
 * asked right away). The README's "When a lesson's questions come" gives the evidence.
 */
export const LESSON_QUESTIONS = ['same-session', 'next-session'] as const;
export type LessonQuestions = (typeof LESSON_QUESTIONS)[number];

export interface CohortSettings {
  name: string;
  courseId: string;
  startDate: string;
  timezone: string;
  deliveryTime: string;
  /** ISO weekdays, 1 = Monday ... 7 = Sunday. */
  workdays: number[];
  newLessonsPerDay: number;
  maxReviewsPerDay: number;
  desiredRetention: number;
  reminderAfterHours: number;
  quietHoursStart: string;
  quietHoursEnd: string;
  masteryDays: number;
  lessonQuestions: LessonQuestions;
  holidayCalendar: string | null;
}

export const COHORT_DEFAULTS = {
  deliveryTime: '09:00',
  workdays: [1, 2, 3, 4, 5],
  newLessonsPerDay: 1,
  maxReviewsPerDay: 5,
  desiredRetention: 0.9,
  reminderAfterHours: 4,
  quietHoursStart: '22:00',
  quietHoursEnd: '08:00',
  masteryDays: 21,
  lessonQuestions: 'same-session',
} as const satisfies Partial<CohortSettings>;

const has = (input: Partial<CohortSettings>, key: keyof CohortSettings) => input[key] !== undefined;

/** Every problem of the settings given; absent fields are not checked (defaults or old values stay). */
export function cohortSettingsProblems(input: Partial<CohortSettings>): ErrorDetail[] {
  const v = input as Record<keyof CohortSettings, unknown>;
  return collect([
    ['name', has(input, 'name'), () => nameProblem(v.name)],
    ['startDate', has(input, 'startDate'), () => checkLocalDate(v.startDate)],
    ['timezone', has(input, 'timezone'), () => checkTimezone(v.timezone)],
    ['deliveryTime', has(input, 'deliveryTime'), () => checkTime(v.deliveryTime)],
    ['workdays', has(input, 'workdays'), () => workdaysProblem(v.workdays)],
    [
      'newLessonsPerDay',
      has(input, 'newLessonsPerDay'),
      () => checkIntRange(v.newLessonsPerDay, 0, 50),
    ],
    [
      'maxReviewsPerDay',
      has(input, 'maxReviewsPerDay'),
      () => checkIntRange(v.maxReviewsPerDay, 0, 50),
    ],
    [
      'desiredRetention',
      has(input, 'desiredRetention'),
      () => retentionProblem(v.desiredRetention),
    ],
    [
      'reminderAfterHours',
      has(input, 'reminderAfterHours'),
      () => checkIntRange(v.reminderAfterHours, 0, 23),
    ],
    ['quietHoursStart', has(input, 'quietHoursStart'), () => checkTime(v.quietHoursStart)],
    ['quietHoursEnd', has(input, 'quietHoursEnd'), () => checkTime(v.quietHoursEnd)],
    ['masteryDays', has(input, 'masteryDays'), () => checkIntRange(v.masteryDays, 1, 365)],
    [
      'lessonQuestions',
      has(input, 'lessonQuestions'),
      () => lessonQuestionsProblem(v.lessonQuestions),
    ],
  ]);
}

function nameProblem(value: unknown): string | null {
  return typeof value === 'string' && value.trim().length >= 1 && value.length <= 200
    ? null
    : 'must be 1 to 200 characters';
}

function workdaysProblem(value: unknown): string | null {
  const ok =
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((d) => Number.isInteger(d) && d >= 1 && d <= 7) &&
    new Set(value).size === value.length;
  return ok ? null : 'must be distinct weekdays from 1 (Monday) to 7 (Sunday), at least one';
}

function retentionProblem(value: unknown): string | null {
  return typeof value === 'number' && value >= 0.7 && value <= 0.99
    ? null
    : 'must be a number from 0.7 to 0.99';
}

function lessonQuestionsProblem(value: unknown): string | null {
  return (LESSON_QUESTIONS as readonly unknown[]).includes(value)
    ? null
    : `must be one of ${LESSON_QUESTIONS.join(', ')}`;
}
