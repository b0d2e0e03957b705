import type {
  CohortRecord,
  EnrollmentRecord,
  EnrollmentStatus,
  LearnerRecord,
} from '../../core/records';

/** What an enrolment's next session is worked out from. */
export interface ScheduleInput {
  id: number;
  status: EnrollmentStatus;
  learner: Pick<LearnerRecord, 'timezone' | 'deliveryTime'>;
  cohort: CohortRecord;
}

export interface CohortLearnerFilter {
  status?: EnrollmentStatus;
  /** true: joined on WeChat; false: not yet. */
  bound?: boolean;
  /** Part of the name or the external id, any case. */
  search?: string;
}

export type Invitee = Pick<LearnerRecord, 'id' | 'externalId' | 'name' | 'botAccountId'>;

/** A learner's place in a cohort, and when their next session is due. */
export abstract class EnrollmentRepository {
  /** The learner's enrolments, oldest first. */
  abstract ofLearner(learnerId: number): Promise<EnrollmentRecord[]>;
  abstract idsOfCohort(cohortId: number): Promise<number[]>;
  /** Learner id to enrolment id, for those of these learners enrolled in the cohort. */
  abstract idsInCohort(cohortId: number, learnerIds: number[]): Promise<Map<number, number>>;
  /** Active enrolments, inserted in multi-row statements. */
  abstract insertMany(cohortId: number, learnerIds: number[], now: Date): Promise<void>;
  abstract setStatus(ids: number[], status: EnrollmentStatus, now: Date): Promise<void>;
  /** These enrolments with their learner's and cohort's settings. */
  abstract scheduleInputs(ids: number[]): Promise<ScheduleInput[]>;
  /** `enrollmentId|localDate` of each session held by one of these enrolments on one of these dates. */
  abstract sessionsHeld(enrollmentIds: number[], localDates: string[]): Promise<Set<string>>;
  abstract setNextSessions(
    starts: Array<{ id: number; nextSessionAt: Date | null }>,
    now: Date,
  ): Promise<void>;
  /** Learners of the cohort, active or paused, not erased and not joined on WeChat, in enrolment order. */
  abstract unboundInCohort(cohortId: number): Promise<Invitee[]>;
  /** One page of the cohort's learners not erased, in enrolment order, and how many match. */
  abstract pageInCohort(
    cohortId: number,
    filter: CohortLearnerFilter,
    page: { offset: number; limit: number },
  ): Promise<{ items: Array<EnrollmentRecord & { learner: LearnerRecord }>; total: number }>;
}
