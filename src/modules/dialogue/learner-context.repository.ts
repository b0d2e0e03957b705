import type { EnrollmentRecord, LearnerRecord } from '../../core/records';
import type { Audience } from '../delivery/session-texts';

/** Port: what the dialogue reads to know who writes and which enrolment they are in. */
export abstract class LearnerContextRepository {
  /** Throws when there is no such learner. */
  abstract learner(learnerId: number): Promise<LearnerRecord>;
  abstract enrollmentsOf(learnerId: number): Promise<EnrollmentRecord[]>;
  /** The learner, cohort and course of the enrolment, and the language to write in. */
  abstract audienceOf(enrollment: EnrollmentRecord, learner: LearnerRecord): Promise<Audience>;
}
