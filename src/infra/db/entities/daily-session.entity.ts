import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { timestamp } from '../columns';
import { EnrollmentEntity } from './enrollment.entity';
import type {
  SessionQueue,
  SessionStatus,
  DailySessionRecord,
} from '../../../core/records/daily-session.record';

@Entity('daily_sessions')
// At most one session per enrollment and local date, whatever crashes or races happen.
@Index('UQ_daily_sessions_enrollment_date', ['enrollmentId', 'localDate'], { unique: true })
@Index('IDX_daily_sessions_status_expires', ['status', 'expiresAt'])
@Index('IDX_daily_sessions_status_reminder', ['status', 'reminderAt'])
export class DailySessionEntity implements DailySessionRecord {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'enrollment_id', type: 'integer' })
  enrollmentId: number;

  @ManyToOne(() => EnrollmentEntity, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'enrollment_id', foreignKeyConstraintName: 'FK_daily_sessions_enrollment' })
  enrollment?: EnrollmentEntity;

  @Column({ name: 'local_date', type: 'varchar', length: 10 })
  localDate: string;

  @Column({ type: 'varchar', length: 16 })
  status: SessionStatus;

  @Column(timestamp({ name: 'started_at' }))
  startedAt: Date;

  @Column(timestamp({ name: 'expires_at' }))
  expiresAt: Date;

  @Column(timestamp({ name: 'reminder_at', nullable: true }))
  reminderAt: Date | null;

  @Column({ type: 'simple-json' })
  queue: SessionQueue;

  @Column({ name: 'prompts_total', type: 'integer' })
  promptsTotal: number;

  @Column({ type: 'integer' })
  answered: number;

  @Column({ type: 'integer' })
  correct: number;
}

export type { SessionQueue, SessionStatus };
