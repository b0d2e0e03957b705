import type { DayAnswers } from '../../core/progress/knowledge-map';
import { ForgettingCurve } from '../../core/progress/recall';
import { ChoiceCount } from '../../core/progress/wrong-choices';
import { LessonRecord, QuestionRecord } from '../../core/records';

export interface AnswerCounts {
  answers: number;
  correct: number;
  firstTries: number;
  firstTryCorrect: number;
}

export type CourseQuestion = QuestionRecord & { lesson: LessonRecord };

/**
 * Per-question aggregates over a cohort's whole history, erased learners included: their
 * answers are anonymous statistics now. Every figure is grouped by the database.
 */
export abstract class QuestionStatsRepository {
  abstract timesSent(cohortId: number): Promise<Map<number, number>>;
  abstract answers(cohortId: number): Promise<Map<number, AnswerCounts>>;
  /** How often each wrong (or partly right) answer was chosen, per question. */
  abstract wrongChoices(cohortId: number): Promise<Array<ChoiceCount & { questionId: number }>>;
  /** Mean recall now per question, over the cohort's cards of it. */
  abstract recall(
    cohortId: number,
    now: Date,
    curve: ForgettingCurve,
  ): Promise<Map<number, number | null>>;
  /** Answers per question per local date of the session they answer. */
  abstract answersByDay(cohortId: number): Promise<DayAnswers[]>;
  /** Every question of the course, retired ones too, in course order. */
  abstract questionsOf(courseId: string): Promise<CourseQuestion[]>;
}
