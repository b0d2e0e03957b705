import type { CohortRecord, EnrollmentStatus } from '../../core/records';

export type NewCohortRecord = Omit<CohortRecord, 'id'>;
export type CohortPatch = Partial<Omit<CohortRecord, 'id' | 'courseId' | 'createdAt'>>;

/** How many of a cohort's learners, erased ones left out, are in one enrolment status. */
export interface CohortStatusCount {
  cohortId: number;
  status: EnrollmentStatus;
  count: number;
}

/** Cohorts and the settings every enrolment in them follows. */
export abstract class CohortRepository {
  abstract create(cohort: NewCohortRecord): Promise<CohortRecord>;
  abstract find(id: number): Promise<CohortRecord | null>;
  /** Every cohort, oldest first. */
  abstract list(): Promise<CohortRecord[]>;
  abstract update(id: number, patch: CohortPatch): Promise<void>;
  /** Whether a course of that id exists and is not retired. */
  abstract courseIsLive(courseId: string): Promise<boolean>;
  /** Learner counts per cohort and status; one cohort's, or every cohort's. */
  abstract statusCounts(cohortId?: number): Promise<CohortStatusCount[]>;
}
