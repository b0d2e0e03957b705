import type { CardRecord } from '../../core/records';

/** One enrolment's delivered lessons, cards and answer counts, whatever their course holds now. */
export interface ProgressFacts {
  deliveredLessonIds: number[];
  cards: CardRecord[];
  answers: number;
  rightAnswers: number;
}

/** Port: the reads behind a learner's `progress` command. */
export abstract class LearnerProgressRepository {
  abstract factsOf(enrollmentId: number): Promise<ProgressFacts>;
}
