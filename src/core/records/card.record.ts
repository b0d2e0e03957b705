import type { CardState } from '../srs/card-state';

/** One learner's FSRS memory of one question: every ts-fsrs card field. */
export interface CardRecord extends CardState {
  id: number;
  enrollmentId: number;
  questionId: number;
  createdAt: Date;
}
