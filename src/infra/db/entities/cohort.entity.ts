import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { timestamp } from '../columns';
import { CourseEntity } from './course.entity';
import { COHORT_STATUSES } from '../../../core/records/cohort.record';
import type { CohortStatus, CohortRecord } from '../../../core/records/cohort.record';
import type { LessonQuestions } from '../../../core/enrollment/cohort-settings';

@Entity('cohorts')
@Index('IDX_cohorts_course', ['courseId'])
export class CohortEntity implements CohortRecord {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ name: 'course_id', type: 'varchar', length: 64 })
  courseId: string;

  @ManyToOne(() => CourseEntity, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'FK_cohorts_course' })
  course?: CourseEntity;

  /** Local date (yyyy-mm-dd) of the first possible session. */
  @Column({ name: 'start_date', type: 'varchar', length: 10 })
  startDate: string;

  @Column({ type: 'varchar', length: 64 })
  timezone: string;

  /** Local HH:MM. */
  @Column({ name: 'delivery_time', type: 'varchar', length: 5 })
  deliveryTime: string;

  /** ISO weekdays, 1 = Monday .. 7 = Sunday. */
  @Column({ type: 'simple-json' })
  workdays: number[];

  @Column({ name: 'new_lessons_per_day', type: 'integer' })
  newLessonsPerDay: number;

  @Column({ name: 'max_reviews_per_day', type: 'integer' })
  maxReviewsPerDay: number;

  @Column({ name: 'desired_retention', type: 'double' })
  desiredRetention: number;

  @Column({ name: 'reminder_after_hours', type: 'integer' })
  reminderAfterHours: number;

  @Column({ name: 'quiet_hours_start', type: 'varchar', length: 5 })
  quietHoursStart: string;

  @Column({ name: 'quiet_hours_end', type: 'varchar', length: 5 })
  quietHoursEnd: string;

  @Column({ name: 'mastery_days', type: 'integer' })
  masteryDays: number;

  @Column({ name: 'lesson_questions', type: 'varchar', length: 16, default: 'same-session' })
  lessonQuestions: LessonQuestions;

  /** A calendar in content/calendars, e.g. "cn"; null for none. */
  @Column({ name: 'holiday_calendar', type: 'varchar', length: 32, nullable: true })
  holidayCalendar: string | null;

  /** Paused and archived cohorts get no sessions; archived ones take no new learners. */
  @Column({ type: 'varchar', length: 16, default: 'active' })
  status: CohortStatus;

  @Column(timestamp({ name: 'created_at' }))
  createdAt: Date;

  @Column(timestamp({ name: 'updated_at' }))
  updatedAt: Date;
}

export type { CohortStatus };
export { COHORT_STATUSES };
