import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { LocalizedText, QuestionType } from '../../../core/content/course-model';
import { timestamp } from '../columns';
import { LessonEntity } from './lesson.entity';
import type { QuestionRecord } from '../../../core/records/question.record';

@Entity('questions')
@Index('UQ_questions_lesson_key', ['lessonId', 'key'], { unique: true })
export class QuestionEntity implements QuestionRecord {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'lesson_id', type: 'integer' })
  lessonId: number;

  @ManyToOne(() => LessonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lesson_id', foreignKeyConstraintName: 'FK_questions_lesson' })
  lesson?: LessonEntity;

  /** The question's id within its lesson file. */
  @Column({ name: 'question_key', type: 'varchar', length: 64 })
  key: string;

  /** Order within the lesson, from 0. */
  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 16 })
  type: QuestionType;

  @Column({ type: 'simple-json' })
  prompt: LocalizedText;

  @Column({ type: 'simple-json' })
  choices: LocalizedText[];

  /** Canonical answer: "B", "AC" or "true"/"false". */
  @Column({ type: 'varchar', length: 8 })
  answer: string;

  @Column({ type: 'simple-json' })
  explain: LocalizedText;

  @Column({ name: 'text_hash', type: 'varchar', length: 64 })
  textHash: string;

  /** Hash of type, choices and answer: when it moves, old answers meant something else. */
  @Column({ name: 'answer_hash', type: 'varchar', length: 64 })
  answerHash: string;

  @Column(timestamp({ name: 'created_at' }))
  createdAt: Date;

  @Column(timestamp({ name: 'updated_at' }))
  updatedAt: Date;

  @Column(timestamp({ name: 'answer_changed_at', nullable: true }))
  answerChangedAt: Date | null;

  @Column(timestamp({ name: 'retired_at', nullable: true }))
  retiredAt: Date | null;
}
