import type {
  CohortRecord,
  CourseRecord,
  EnrollmentRecord,
  LearnerRecord,
} from '../../core/records';
import type { OpenPromptRow } from '../engine/session.repository';

/** The enrolment a conversation is about, with what its replies need, read in one go. */
export interface CurrentEnrollment {
  enrollment: EnrollmentRecord;
  cohort: CohortRecord;
  course: CourseRecord;
  /** The learner's newest open prompt, as GradingService.openPrompt finds it; null if none. */
  openPrompt: OpenPromptRow | null;
}

/** Port: what the dialogue reads to know who writes and which enrolment they are in. */
export abstract class LearnerContextRepository {
  /** Throws when there is no such learner. */
  abstract learner(learnerId: number): Promise<LearnerRecord>;
  /**
   * The learner's active enrolment, else a paused one, else a completed one, else a
   * withdrawn one, the newest first within each; null when there is none.
   */
  abstract current(learnerId: number): Promise<CurrentEnrollment | null>;
  /**
   * The learner (not erased) with this WeChat contact id and their current enrolment, read
   * in one go; null when no learner has the id.
   */
  abstract ofContact(
    contactId: string,
  ): Promise<{ learner: LearnerRecord; current: CurrentEnrollment | null } | null>;
}
