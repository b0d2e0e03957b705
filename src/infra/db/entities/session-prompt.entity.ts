import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { timestamp } from '../columns';
import { DailySessionEntity } from './daily-session.entity';
import type {
  PromptStatus,
  PromptKind,
  SessionPromptRecord,
} from '../../../core/records/session-prompt.record';

/** A question put to a learner; at most one is open per enrollment at a time. */
@Entity('session_prompts')
@Index('IDX_session_prompts_enrollment_status', ['enrollmentId', 'status'])
@Index('IDX_session_prompts_session', ['sessionId'])
@Index('IDX_session_prompts_question', ['questionId'])
export class SessionPromptEntity implements SessionPromptRecord {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'session_id', type: 'integer' })
  sessionId: number;

  @ManyToOne(() => DailySessionEntity, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'FK_session_prompts_session' })
  session?: DailySessionEntity;

  @Column({ name: 'enrollment_id', type: 'integer' })
  enrollmentId: number;

  @Column({ name: 'question_id', type: 'integer' })
  questionId: number;

  @Column({ type: 'varchar', length: 8 })
  kind: PromptKind;

  @Column({ type: 'varchar', length: 16 })
  status: PromptStatus;

  @Column(timestamp({ name: 'sent_at' }))
  sentAt: Date;

  @Column(timestamp({ name: 'closed_at', nullable: true }))
  closedAt: Date | null;
}

export type { PromptStatus, PromptKind };
