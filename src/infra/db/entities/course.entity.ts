import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Locale, LocalizedText } from '../../../core/content/course-model';
import { timestamp } from '../columns';
import type { CourseRecord } from '../../../core/records/course.record';

@Entity('courses')
export class CourseEntity implements CourseRecord {
  /** The course's id from course.yaml: stable, never reused. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ type: 'simple-json' })
  title: LocalizedText;

  @Column({ type: 'simple-json' })
  summary: LocalizedText;

  @Column({ name: 'default_locale', type: 'varchar', length: 8 })
  defaultLocale: Locale;

  /** Locales in which every text of the course exists. */
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
