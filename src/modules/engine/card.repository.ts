import type { QuestionCard } from '../../core/planning/plan-day';
import type { CardRecord, ReviewLogRecord } from '../../core/records';
import type { CardState } from '../../core/srs/card-state';

export type NewCard = Omit<CardRecord, 'id'>;

/** The learner's cards, one per question, and the log of their reviews. */
export abstract class CardRepository {
  /** Whether an answer from this chat message has been graded already. */
  abstract gradedMessage(inboundMessageId: string): Promise<boolean>;
  abstract logReview(review: Omit<ReviewLogRecord, 'id'>): Promise<void>;
  abstract setState(cardId: number, state: CardState): Promise<void>;
  /** Adds cards, keeping any that exist (a lesson retired and revived keeps its history). */
  abstract addNew(cards: NewCard[]): Promise<void>;
  abstract ofEnrollment(enrollmentId: number): Promise<CardRecord[]>;
  /** By enrolment, the cards due before `horizon`, as planning reads them. */
  abstract dueBefore(enrollmentIds: number[], horizon: Date): Promise<Map<number, QuestionCard[]>>;
  /**
   * The card of a live question due soonest, if due by `soon` and not reviewed since
   * `reviewedBefore`.
   */
  abstract soonestLive(
    enrollmentId: number,
    soon: Date,
    reviewedBefore: Date,
  ): Promise<CardRecord | null>;
}
