import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { timestamp } from '../columns';
import { CourseEntity } from './course.entity';
import type {
  ParameterSetStatus,
  FsrsParameterSetRecord,
} from '../../../core/records/fsrs-parameter-set.record';

/** current: schedules the course; superseded: was current before; rejected: lost on its hold-out. */

/** One FSRS fit of a course's review log, with how it and the defaults did on the hold-out. */
@Entity('fsrs_parameter_sets')
@Index('UQ_fsrs_parameter_sets_course_version', ['courseId', 'version'], { unique: true })
@Index('IDX_fsrs_parameter_sets_course_status', ['courseId', 'status'])
export class FsrsParameterSetEntity implements FsrsParameterSetRecord {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'course_id', type: 'varchar', length: 64 })
  courseId: string;

  @ManyToOne(() => CourseEntity, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'FK_fsrs_parameter_sets_course' })
  course?: CourseEntity;

  /** 1, 2, ... per course, in fitting order. */
  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'varchar', length: 16 })
  status: ParameterSetStatus;

  /** The 21 FSRS-6 weights. */
  @Column({ type: 'simple-json' })
  parameters: number[];

  @Column(timestamp({ name: 'fitted_at' }))
  fittedAt: Date;

  /** Every review of the course read, the basis for "new reviews since the last fit". */
  @Column({ name: 'reviews_read', type: 'integer' })
  reviewsRead: number;

  @Column({ name: 'training_reviews', type: 'integer' })
  trainingReviews: number;

  @Column({ name: 'hold_out_reviews', type: 'integer' })
  holdOutReviews: number;

  @Column(timestamp({ name: 'hold_out_start' }))
  holdOutStart: Date;

  @Column({ name: 'default_log_loss', type: 'double' })
  defaultLogLoss: number;

  @Column({ name: 'default_rmse', type: 'double' })
  defaultRmse: number;

  /** The set this fit had to beat: a version of this course, or null for the defaults. */
  @Column({ name: 'baseline_version', type: 'integer', nullable: true })
  baselineVersion: number | null;

  @Column({ name: 'baseline_log_loss', type: 'double' })
  baselineLogLoss: number;

  @Column({ name: 'fitted_log_loss', type: 'double' })
  fittedLogLoss: number;

  @Column({ name: 'fitted_rmse', type: 'double' })
  fittedRmse: number;
}

export type { ParameterSetStatus };
