import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { CardState } from '../../../core/srs/card-state';
import { timestamp } from '../columns';
import { CardEntity } from './card.entity';
import type { ReviewLogRecord } from '../../../core/records/review-log.record';

/** One answer: enough to re-fit FSRS later, and the raw reply until the learner is erased. */
@Entity('review_logs')
@Index('UQ_review_logs_inbound_message', ['inboundMessageId'], { unique: true })
@Index('IDX_review_logs_enrollment_reviewed', ['enrollmentId', 'reviewedAt'])
// Progress and question statistics count answers from this index alone (AddProgressIndexes).
@Index('IDX_review_logs_progress', [
  'enrollmentId',
  'grade',
  'reviewedAt',
  'questionId',
  'firstTry',
  'chosen',
])
@Index('IDX_review_logs_question', ['questionId'])
@Index('IDX_review_logs_card', ['cardId'])
export class ReviewLogEntity implements ReviewLogRecord {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'card_id', type: 'integer' })
  cardId: number;

  @ManyToOne(() => CardEntity, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'card_id', foreignKeyConstraintName: 'FK_review_logs_card' })
  card?: CardEntity;

  @Column({ name: 'enrollment_id', type: 'integer' })
  enrollmentId: number;

  @Column({ name: 'question_id', type: 'integer' })
  questionId: number;

  @Column({ name: 'prompt_id', type: 'integer' })
  promptId: number;

  /** The chat message that carried the answer; unique, so a redelivered message grades once. */
  @Column({ name: 'inbound_message_id', type: 'varchar', length: 128, nullable: true })
  inboundMessageId: string | null;

  /** wrong | partial | right */
  @Column({ type: 'varchar', length: 8 })
  grade: string;

  /** again | hard | good */
  @Column({ type: 'varchar', length: 8 })
  rating: string;

  /** The parsed answer in canonical form ("B", "AC", "true"). */
  @Column({ type: 'varchar', length: 16 })
  chosen: string;

  /** 1 when this was the card's first review. */
  @Column({ name: 'first_try', type: 'integer' })
  firstTry: number;

  @Column({ name: 'raw_reply', type: 'text', nullable: true })
  rawReply: string | null;

  @Column({ name: 'latency_ms', type: 'integer' })
  latencyMs: number;

  @Column({ name: 'state_before', type: 'simple-json' })
  stateBefore: CardState;

  @Column({ name: 'state_after', type: 'simple-json' })
  stateAfter: CardState;

  @Column(timestamp({ name: 'reviewed_at' }))
  reviewedAt: Date;
}
