import { DateTime } from 'luxon';
import { CardState } from '../srs/card-state';
import { instantAt } from './local-time';
import { DayPlanInput, PlannedLesson } from './plan-day';
import { DEFAULT_QUIET_HOURS } from './reminder';

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Lessons 1..count, each with questions <lesson>01..<lesson>0n, e.g. lesson 3 -> 301, 302. */
export function curriculumOf(count: number, questionsPerLesson = 2): PlannedLesson[] {
  return Array.from({ length: count }, (_, i) => ({
    lessonId: i + 1,
    questionIds: Array.from({ length: questionsPerLesson }, (_, q) => (i + 1) * 100 + q + 1),
  }));
}

/** A cohort on the SPEC defaults, planned at local midnight of `localDate` unless told. */
export function dayInput(localDate: string, overrides: Partial<DayPlanInput> = {}): DayPlanInput {
  const zone = overrides.zone ?? 'Asia/Shanghai';
  return {
    now: instantAt(localDate, '00:00', zone),
    localDate,
    zone,
    deliveryTime: '09:00',
    cohortStartDate: '2026-03-02',
    workdays: [1, 2, 3, 4, 5],
    newLessonsPerDay: 1,
    maxReviewsPerDay: 5,
    reminderAfterHours: 4,
    quietHours: DEFAULT_QUIET_HOURS,
    curriculum: curriculumOf(10),
    deliveredLessonIds: new Set(),
    cards: [],
    ...overrides,
  };
}

/** A card last answered `daysAgo` before `at`, with the given memory strength. */
export function reviewedCard(at: Date, daysAgo: number, stability: number): CardState {
  const lastReview = new Date(at.getTime() - daysAgo * DAY_MS);
  return {
    due: new Date(lastReview.getTime() + Math.max(1, Math.round(stability)) * DAY_MS),
    stability,
    difficulty: 5,
    elapsedDays: 0,
    scheduledDays: Math.max(1, Math.round(stability)),
    learningSteps: 0,
    reps: 3,
    lapses: 0,
    state: 'review',
    lastReview,
  };
}

/** An instant as the learner's wall clock shows it, for readable expectations. */
export const wallClock = (instant: Date | null, zone: string): string | null =>
  instant && DateTime.fromJSDate(instant, { zone }).toFormat('yyyy-MM-dd HH:mm');
