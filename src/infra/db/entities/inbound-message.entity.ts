import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { timestamp } from '../columns';
import type { InboundMessageRecord } from '../../../core/records/inbound-message.record';

/** A chat message the bot acted on; the unique id lets a message delivered twice through once. */
@Entity('inbound_messages')
@Index('UQ_inbound_messages_message', ['messageId'], { unique: true })
export class InboundMessageEntity implements InboundMessageRecord {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  /** The puppet's message id (hashed when longer than the column). */
  @Column({ name: 'message_id', type: 'varchar', length: 128 })
  messageId: string;

  /** Who sent it, once known; null for contacts who have not joined. */
  @Column({ name: 'learner_id', type: 'integer', nullable: true })
  learnerId: number | null;

  @Column(timestamp({ name: 'received_at' }))
  receivedAt: Date;
}
