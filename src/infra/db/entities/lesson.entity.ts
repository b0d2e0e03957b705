import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Locale, LocalizedText } from '../../../core/content/course-model';
import { timestamp } from '../columns';
import { CourseEntity } from './course.entity';
import type { LessonRecord } from '../../../core/records/lesson.record';

@Entity('lessons')
@Index('UQ_lessons_course_key', ['courseId', 'key'], { unique: true })
@Index('IDX_lessons_course_position', ['courseId', 'position'])
export class LessonEntity implements LessonRecord {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'course_id', type: 'varchar', length: 64 })
  courseId: string;

  @ManyToOne(() => CourseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'FK_lessons_course' })
  course?: CourseEntity;

  /** The lesson's id from its file. */
  @Column({ name: 'lesson_key', type: 'varchar', length: 64 })
  key: string;

  @Column({ name: 'module_key', type: 'varchar', length: 64 })
  moduleKey: string;

  /** Curriculum order across the whole course, from 0. */
  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'simple-json' })
  title: LocalizedText;

  @Column({ type: 'simple-json' })
  body: LocalizedText;

  @Column({ type: 'simple-json' })
  locales: Locale[];

  @Column({ name: 'content_hash', type: 'varchar', length: 64 })
  contentHash: string;

  @Column(timestamp({ name: 'created_at' }))
  createdAt: Date;

  @Column(timestamp({ name: 'updated_at' }))
  updatedAt: Date;

  @Column(timestamp({ name: 'retired_at', nullable: true }))
  retiredAt: Date | null;
}
