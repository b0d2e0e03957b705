import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { timestamp } from '../columns';
import { CohortEntity } from './cohort.entity';
import { LearnerEntity } from './learner.entity';
import type { EnrollmentStatus, EnrollmentRecord } from '../../../core/records/enrollment.record';

@Entity('enrollments')
@Index('UQ_enrollments_learner_cohort', ['learnerId', 'cohortId'], { unique: true })
@Index('IDX_enrollments_cohort_status', ['cohortId', 'status'])
// The planner's query: active enrollments whose next session start has passed.
@Index('IDX_enrollments_status_next_session', ['status', 'nextSessionAt'])
export class EnrollmentEntity implements EnrollmentRecord {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'learner_id', type: 'integer' })
  learnerId: number;

  @ManyToOne(() => LearnerEntity, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'learner_id', foreignKeyConstraintName: 'FK_enrollments_learner' })
  learner?: LearnerEntity;

  @Column({ name: 'cohort_id', type: 'integer' })
  cohortId: number;

  @ManyToOne(() => CohortEntity, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'FK_enrollments_cohort' })
  cohort?: CohortEntity;

  @Column({ type: 'varchar', length: 16 })
  status: EnrollmentStatus;

  /** When the next daily session may start (UTC); null while nothing is scheduled. */
  @Column(timestamp({ name: 'next_session_at', nullable: true }))
  nextSessionAt: Date | null;

  @Column(timestamp({ name: 'enrolled_at' }))
  enrolledAt: Date;

  @Column(timestamp({ name: 'completed_at', nullable: true }))
  completedAt: Date | null;

  @Column(timestamp({ name: 'updated_at' }))
  updatedAt: Date;
}

export type { EnrollmentStatus };
