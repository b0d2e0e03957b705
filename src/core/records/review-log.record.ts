import type { CardState } from '../srs/card-state';

/** One answer: enough to re-fit FSRS later, and the raw reply until the learner is erased. */
export interface ReviewLogRecord {
  id: number;
  cardId: number;
  enrollmentId: number;
  questionId: number;
  promptId: number;
  inboundMessageId: string | null;
  grade: string;
  rating: string;
  chosen: string;
  firstTry: number;
  rawReply: string | null;
  latencyMs: number;
  stateBefore: CardState;
  stateAfter: CardState;
  reviewedAt: Date;
}
