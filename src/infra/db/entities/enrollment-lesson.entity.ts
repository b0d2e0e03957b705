import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { timestamp } from '../columns';
import { EnrollmentEntity } from './enrollment.entity';
import { LessonEntity } from './lesson.entity';
import type { EnrollmentLessonRecord } from '../../../core/records/enrollment-lesson.record';

/** A lesson delivered to an enrollment; its questions' cards are created with it. */
@Entity('enrollment_lessons')
@Index('UQ_enrollment_lessons_enrollment_lesson', ['enrollmentId', 'lessonId'], { unique: true })
export class EnrollmentLessonEntity implements EnrollmentLessonRecord {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'enrollment_id', type: 'integer' })
  enrollmentId: number;

  @ManyToOne(() => EnrollmentEntity, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({
    name: 'enrollment_id',
    foreignKeyConstraintName: 'FK_enrollment_lessons_enrollment',
  })
  enrollment?: EnrollmentEntity;

  @Column({ name: 'lesson_id', type: 'integer' })
  lessonId: number;

  @ManyToOne(() => LessonEntity, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'lesson_id', foreignKeyConstraintName: 'FK_enrollment_lessons_lesson' })
  lesson?: LessonEntity;

  @Column({ name: 'session_id', type: 'integer' })
  sessionId: number;

  @Column(timestamp({ name: 'delivered_at' }))
  deliveredAt: Date;
}
