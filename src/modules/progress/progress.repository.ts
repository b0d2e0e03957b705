import { SessionMark } from '../../core/progress/streaks';
import { CohortScope } from './cohort-scope';
import { RecentReview } from './dto/progress.response';

/** One enrolment and the person behind it, as the report lists them. */
export interface EnrollmentFacts {
  enrollmentId: number;
  learnerId: number;
  cohortId: number;
  externalId: string;
  name: string;
  status: string;
  bound: boolean;
  enrolledAt: Date;
  timezone: string | null;
  lastAnswerAt: Date | null;
}

export interface AnswerTotals {
  answers: number;
  correct: number;
}

export interface CardTotals {
  cards: number;
  due: number;
  mastered: number;
  /** Recall now summed over the cards; divided by `cards` it is the mean. */
  recall: number;
}

export interface CohortSums extends AnswerTotals {
  lessonsDelivered: number;
  cards: CardTotals;
}

/** One card of a current question: the learner's predicted recall of it now. */
export interface QuestionRecall {
  questionId: string;
  /** Null for a card never answered. */
  recall: number | null;
  due: Date;
}

/** One session day of an enrolment: the answers given in its session, and how many right. */
export interface SessionDay {
  date: string;
  answered: number;
  correct: number;
}

/** A course's lessons now, and what was taken out of its files (never taught again). */
export interface CourseContent {
  lessonsTotal: number;
  retiredLessonIds: number[];
  retiredQuestionIds: number[];
}

/**
 * What the progress reports read. Figures are aggregated by the database: per enrolment for
 * a bounded list of enrolments, cohort-wide without reading the learners' rows. Cards count
 * only for current questions, and delivered lessons only for current lessons (see `scope`).
 */
export abstract class ProgressRepository {
  abstract courseContent(courseId: string): Promise<CourseContent>;
  /** Live (not erased) enrolments of a cohort, in enrolment order, `limit` after `afterId`. */
  abstract cohortFacts(
    cohortId: number,
    afterId?: number,
    limit?: number,
  ): Promise<EnrollmentFacts[]>;
  abstract learnerFacts(learnerId: number): Promise<EnrollmentFacts[]>;
  abstract lessonsDelivered(ids: number[], scope: CohortScope): Promise<Map<number, number>>;
  abstract answers(ids: number[]): Promise<Map<number, AnswerTotals>>;
  /** Every session of each enrolment, oldest first, as much as a streak needs to know. */
  abstract sessions(ids: number[]): Promise<Map<number, SessionMark[]>>;
  /** Cards of current questions: how many, due now, mastered, and their recall now. */
  abstract cards(ids: number[], scope: CohortScope): Promise<Map<number, CardTotals>>;
  /** The same figures summed over the cohort's live learners. */
  abstract cohortSums(scope: CohortScope): Promise<CohortSums>;
  /** Each card of a current question, lowest recall first, never-answered ones last. */
  abstract questionRecalls(enrollmentId: number, scope: CohortScope): Promise<QuestionRecall[]>;
  /** Every session of the enrolment, oldest first. */
  abstract sessionDays(enrollmentId: number): Promise<SessionDay[]>;
  /** The enrolment's latest answers, newest first. */
  abstract recentReviews(enrollmentId: number, limit: number): Promise<RecentReview[]>;
}
