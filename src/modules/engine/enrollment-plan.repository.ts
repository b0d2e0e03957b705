import type {
  CohortRecord,
  EnrollmentLessonRecord,
  EnrollmentRecord,
  LearnerRecord,
} from '../../core/records';

/** An enrolment about to start its day, with its learner and cohort. */
export type PlannedEnrollment = EnrollmentRecord & { learner: LearnerRecord; cohort: CohortRecord };

/** Who gets a session on request: a cohort's active enrolments, or a learner's. */
export type DeliveryTarget = { cohortId: number } | { learnerId: number };

/** Where each enrolment stands in its course: its next session and the lessons it has had. */
export abstract class EnrollmentPlanRepository {
  /**
   * Up to `limit` active enrolments whose session is due, oldest first; on MySQL/MariaDB the
   * rows stay locked for the unit of work and rows another unit holds are skipped.
   */
  abstract claimDue(now: Date, limit: number): Promise<number[]>;
  /** Active enrolments of the target (in an active cohort when it is a learner). */
  abstract activeIds(target: DeliveryTarget): Promise<number[]>;
  abstract withLearnersAndCohorts(ids: number[]): Promise<PlannedEnrollment[]>;
  /** Moves each group of enrolments to its next start (null: none scheduled). */
  abstract moveNextSessions(byStart: Map<number | null, number[]>): Promise<void>;
  abstract deliveredLessons(enrollmentIds: number[]): Promise<Map<number, Set<number>>>;
  abstract recordLessons(lessons: Array<Omit<EnrollmentLessonRecord, 'id'>>): Promise<void>;
  abstract complete(enrollmentId: number, now: Date): Promise<void>;
  abstract learner(id: number): Promise<LearnerRecord>;
  abstract cohort(id: number): Promise<CohortRecord | null>;
}
