import type { CardStateName } from '../srs/card-state';

/** One learner's FSRS memory of one question: every ts-fsrs card field. */
export interface CardRecord {
  id: number;
  enrollmentId: number;
  questionId: number;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardStateName;
  lastReview: Date | null;
  createdAt: Date;
}
