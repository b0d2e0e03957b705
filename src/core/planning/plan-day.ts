import { LessonQuestions } from '../enrollment/cohort-settings';
import { CardState } from '../srs/card-state';
import { RecallState } from '../srs/review-card';
import { forecastFor, RecallForecast } from '../srs/review-value';
import { HolidayCalendar, isSessionDay } from './holiday-calendar';
import { endOfLocalDay, instantAt, isLocalDate } from './local-time';
import { QuietHours, reminderTime } from './reminder';
import { ReviewOrder } from '../srs/policy';
import { DueCard, spendDay } from './review-budget';

/** A live lesson and its live questions; retired ones are simply not passed in. */
export interface PlannedLesson {
  lessonId: number;
  questionIds: number[];
}

export interface QuestionCard {
  questionId: number;
  /** What choosing the day's reviews reads of a card: when it is due, and its memory. */
  card: RecallState & Pick<CardState, 'due' | 'difficulty'>;
}

export interface DayPlanInput {
  /** The moment of planning: a session planned late (deliver-now, a restart) starts now. */
  now: Date;
  /** The learner's local date the session belongs to. */
  localDate: string;
  zone: string;
  /** `HH:MM` local. */
  deliveryTime: string;
  cohortStartDate: string;
  /** ISO weekdays the cohort works, 1 = Monday ... 7 = Sunday. */
  workdays: readonly number[];
  calendar?: HolidayCalendar;
  newLessonsPerDay: number;
  maxReviewsPerDay: number;
  reminderAfterHours: number;
  quietHours: QuietHours;
  /** Live lessons in curriculum order. */
  curriculum: readonly PlannedLesson[];
  deliveredLessonIds: ReadonlySet<number>;
  /** Every card of the enrollment; cards of retired questions are ignored. */
  cards: readonly QuestionCard[];
  /** How reviews are chosen under the cap (section 9); the engine's FSRS chooses by value. */
  reviewOrder?: ReviewOrder;
  /** Days over which a review's gain in recall counts: the cohort's mastery horizon. */
  horizonDays?: number;
  /** The memory model reviews are valued with: the course's fitted FSRS weights. */
  forecast?: RecallForecast;
  /** When the new lessons' questions are first asked (default: right after the lesson). */
  lessonQuestions?: LessonQuestions;
}

const DEFAULT_HORIZON_DAYS = 21;

export type DayOffReason = 'before-start' | 'day-off';

export interface DayPlan {
  isSessionDay: boolean;
  reason?: DayOffReason;
  /** When the first message goes out. */
  startAt: Date;
  /** When unanswered prompts expire: the first instant of the next local day. */
  expiresAt: Date;
  newLessons: PlannedLesson[];
  /** Question ids to review, in the order to ask them. */
  reviews: number[];
  /**
   * The day's prompts in the order asked: the new lessons' questions unless they wait for a
   * later session, then the reviews. The lessons' cards exist from today either way.
   */
  prompts: number[];
  reminderAt: Date | null;
}

/** Who gets what on one local date; pure, so it can plan any day for any clock. */
export function planDay(input: DayPlanInput): DayPlan {
  const delivery = instantAt(input.localDate, input.deliveryTime, input.zone);
  // A session cannot start in the past; planning a day that is already over yields a
  // startAt at or after expiresAt and no reminder.
  const startAt = input.now > delivery ? new Date(input.now.getTime()) : delivery;
  const expiresAt = endOfLocalDay(input.localDate, input.zone);
  const reason = dayOffReason(input);
  if (reason) {
    return { isSessionDay: false, reason, startAt, expiresAt, ...nothingToSend() };
  }
  const candidates = nextLessons(input);
  const lessonQuestions = candidates.reduce((n, lesson) => n + lesson.questionIds.length, 0);
  const later = input.lessonQuestions === 'next-session';
  const { holdLesson, reviews } = spendDay(
    dueCards(input, candidates, expiresAt),
    // Questions kept for a later session cost today nothing: there is no lesson to hold.
    later ? 0 : lessonQuestions,
    startAt,
    {
      order: input.reviewOrder ?? 'value',
      maxReviews: input.maxReviewsPerDay,
      horizonDays: input.horizonDays ?? DEFAULT_HORIZON_DAYS,
      forecast: input.forecast ?? forecastFor(),
    },
  );
  const newLessons = holdLesson ? [] : candidates;
  // A day that would ask nothing else asks the lesson's questions at once.
  const askLessonNow = !later || reviews.length === 0;
  const prompts = [...(askLessonNow ? newLessons.flatMap((l) => l.questionIds) : []), ...reviews];
  const reminderAt = prompts.length > 0 ? reminderFor(input, startAt, expiresAt) : null;
  return { isSessionDay: true, startAt, expiresAt, newLessons, reviews, prompts, reminderAt };
}

const nothingToSend = () => ({ newLessons: [], reviews: [], prompts: [], reminderAt: null });

function reminderFor(input: DayPlanInput, startAt: Date, expiresAt: Date): Date | null {
  const { reminderAfterHours: afterHours, quietHours, zone } = input;
  return reminderTime({ startAt, expiresAt, afterHours, quietHours, zone });
}

function dayOffReason(input: DayPlanInput): DayOffReason | undefined {
  if (!isLocalDate(input.cohortStartDate)) {
    throw new RangeError(`"${input.cohortStartDate}" is not a date (YYYY-MM-DD)`);
  }
  // ISO dates compare correctly as strings.
  if (input.localDate < input.cohortStartDate) return 'before-start';
  return isSessionDay(input.localDate, input.workdays, input.calendar) ? undefined : 'day-off';
}

// Lessons missed on days without a session are not made up: the cap holds every day.
function nextLessons(input: DayPlanInput): PlannedLesson[] {
  return input.curriculum
    .filter((lesson) => !input.deliveredLessonIds.has(lesson.lessonId))
    .slice(0, Math.max(0, input.newLessonsPerDay))
    .map((lesson) => ({ lessonId: lesson.lessonId, questionIds: [...lesson.questionIds] }));
}

/** The cards of live questions due before the day ends. */
function dueCards(input: DayPlanInput, lessons: PlannedLesson[], expiresAt: Date): DueCard[] {
  const live = new Set(input.curriculum.flatMap((lesson) => lesson.questionIds));
  // A revived lesson's questions may have cards: asked as first prompts, not twice.
  const lessonQuestions = new Set(lessons.flatMap((lesson) => lesson.questionIds));
  return input.cards.filter(
    ({ questionId, card }) =>
      live.has(questionId) && !lessonQuestions.has(questionId) && card.due < expiresAt,
  );
}
