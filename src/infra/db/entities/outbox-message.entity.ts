import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { timestamp } from '../columns';
import type {
  OutboxStatus,
  OutboxMessageRecord,
} from '../../../core/records/outbox-message.record';

/** A message waiting to be sent, or its record once sent or failed. */
@Entity('outbox_messages')
@Index('UQ_outbox_messages_dedupe_key', ['dedupeKey'], { unique: true })
// The sender claims by (status, next attempt); per-learner order reads (learner, id).
@Index('IDX_outbox_messages_status_next_attempt', ['status', 'nextAttemptAt'])
@Index('IDX_outbox_messages_learner', ['learnerId', 'id'])
// Each account's sender claims its own rows.
@Index('IDX_outbox_messages_account_status', ['botAccountId', 'status', 'nextAttemptAt'])
export class OutboxMessageEntity implements OutboxMessageRecord {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'learner_id', type: 'integer' })
  learnerId: number;

  /** The learner's account, the only one that may send it; null: the default account. */
  @Column({ name: 'bot_account_id', type: 'integer', nullable: true })
  botAccountId: number | null;

  /** Says what the message is for, e.g. `session:12:prompt:3`; a second insert fails. */
  @Column({ name: 'dedupe_key', type: 'varchar', length: 191 })
  dedupeKey: string;

  @Column({ type: 'varchar', length: 24 })
  kind: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'varchar', length: 16 })
  status: OutboxStatus;

  @Column({ type: 'integer' })
  attempts: number;

  @Column(timestamp({ name: 'next_attempt_at' }))
  nextAttemptAt: Date;

  /** While `sending`: when the claim lapses and another worker may retry. */
  @Column(timestamp({ name: 'locked_until', nullable: true }))
  lockedUntil: Date | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column(timestamp({ name: 'created_at' }))
  createdAt: Date;

  @Column(timestamp({ name: 'sent_at', nullable: true }))
  sentAt: Date | null;
}

export type { OutboxStatus };
