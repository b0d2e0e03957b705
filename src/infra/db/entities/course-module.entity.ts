import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { LocalizedText } from '../../../core/content/course-model';
import { timestamp } from '../columns';
import { CourseEntity } from './course.entity';
import type { CourseModuleRecord } from '../../../core/records/course-module.record';

@Entity('course_modules')
@Index('UQ_course_modules_course_key', ['courseId', 'key'], { unique: true })
export class CourseModuleEntity implements CourseModuleRecord {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'course_id', type: 'varchar', length: 64 })
  courseId: string;

  @ManyToOne(() => CourseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'FK_course_modules_course' })
  course?: CourseEntity;

  /** The module's id from course.yaml. */
  @Column({ name: 'module_key', type: 'varchar', length: 64 })
  key: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'simple-json' })
  title: LocalizedText;

  @Column({ name: 'content_hash', type: 'varchar', length: 64 })
  contentHash: string;

  @Column(timestamp({ name: 'retired_at', nullable: true }))
  retiredAt: Date | null;
}
