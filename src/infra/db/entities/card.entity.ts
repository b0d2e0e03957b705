import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { CardStateName } from '../../../core/srs/card-state';
import { timestamp } from '../columns';
import { EnrollmentEntity } from './enrollment.entity';
import { QuestionEntity } from './question.entity';
import type { CardRecord } from '../../../core/records/card.record';

/** One learner's FSRS memory of one question: every ts-fsrs card field. */
@Entity('cards')
@Index('UQ_cards_enrollment_question', ['enrollmentId', 'questionId'], { unique: true })
// Due reviews of one enrollment (with what valuing them reads), and the progress figures of
// its cards, read this index only.
@Index('IDX_cards_enrollment_due_memory', [
  'enrollmentId',
  'due',
  'stability',
  'state',
  'lastReview',
  'questionId',
  'difficulty',
])
@Index('IDX_cards_question', ['questionId'])
export class CardEntity implements CardRecord {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'enrollment_id', type: 'integer' })
  enrollmentId: number;

  @ManyToOne(() => EnrollmentEntity, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'enrollment_id', foreignKeyConstraintName: 'FK_cards_enrollment' })
  enrollment?: EnrollmentEntity;

  @Column({ name: 'question_id', type: 'integer' })
  questionId: number;

  @ManyToOne(() => QuestionEntity, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'question_id', foreignKeyConstraintName: 'FK_cards_question' })
  question?: QuestionEntity;

  @Column(timestamp())
  due: Date;

  @Column({ type: 'double' })
  stability: number;

  @Column({ type: 'double' })
  difficulty: number;

  @Column({ name: 'elapsed_days', type: 'integer' })
  elapsedDays: number;

  @Column({ name: 'scheduled_days', type: 'integer' })
  scheduledDays: number;

  @Column({ name: 'learning_steps', type: 'integer' })
  learningSteps: number;

  @Column({ type: 'integer' })
  reps: number;

  @Column({ type: 'integer' })
  lapses: number;

  @Column({ type: 'varchar', length: 16 })
  state: CardStateName;

  @Column(timestamp({ name: 'last_review', nullable: true }))
  lastReview: Date | null;

  @Column(timestamp({ name: 'created_at' }))
  createdAt: Date;
}
