import type { CardState } from '../../core/srs/card-state';

/** One enrolment's counts over its course's live lessons and questions. */
export interface ProgressFacts {
  lessonsDelivered: number;
  lessonsTotal: number;
  answers: number;
  rightAnswers: number;
  streakDays: number;
  /** The cards of live questions. */
  cards: CardState[];
}

/** Port: the reads behind a learner's `progress` command. */
export abstract class LearnerProgressRepository {
  abstract factsOf(enrollmentId: number, courseId: string): Promise<ProgressFacts>;
}
