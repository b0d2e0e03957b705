import type { EnrollmentRecord, LearnerRecord } from '../../core/records';

/** Port: what the dialogue reads to know who writes and which enrolment they are in. */
export abstract class LearnerContextRepository {
  /** Throws when there is no such learner. */
  abstract learner(learnerId: number): Promise<LearnerRecord>;
  abstract enrollmentsOf(learnerId: number): Promise<EnrollmentRecord[]>;
}
