import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { timestamp } from '../columns';
import { LearnerEntity } from './learner.entity';
import type { EnrollmentCodeRecord } from '../../../core/records/enrollment-code.record';

/** One-time join codes: a keyed hash and a sealed copy, so a leaked table alone reveals no code. */
@Entity('enrollment_codes')
@Index('UQ_enrollment_codes_hash', ['codeHash'], { unique: true })
@Index('IDX_enrollment_codes_learner', ['learnerId'])
export class EnrollmentCodeEntity implements EnrollmentCodeRecord {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'learner_id', type: 'integer' })
  learnerId: number;

  @ManyToOne(() => LearnerEntity, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'learner_id', foreignKeyConstraintName: 'FK_enrollment_codes_learner' })
  learner?: LearnerEntity;

  @Column({ name: 'code_hash', type: 'varchar', length: 64 })
  codeHash: string;

  /** The code encrypted under the app secret, to print it again; null for codes from before. */
  @Column({ name: 'code_sealed', type: 'varchar', length: 64, nullable: true })
  codeSealed: string | null;

  @Column(timestamp({ name: 'expires_at' }))
  expiresAt: Date;

  @Column(timestamp({ name: 'used_at', nullable: true }))
  usedAt: Date | null;

  @Column(timestamp({ name: 'revoked_at', nullable: true }))
  revokedAt: Date | null;

  @Column(timestamp({ name: 'created_at' }))
  createdAt: Date;
}
