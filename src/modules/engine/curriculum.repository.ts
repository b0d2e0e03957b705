import type { CourseRecord, LessonRecord, QuestionRecord } from '../../core/records';

/** A course's content as the engine reads it: only live lessons and questions count. */
export abstract class CurriculumRepository {
  abstract course(id: string): Promise<CourseRecord>;
  /** Live lessons by position. */
  abstract liveLessons(courseId: string): Promise<LessonRecord[]>;
  /** Live questions of live lessons, by position. */
  abstract liveQuestions(courseId: string): Promise<QuestionRecord[]>;
  abstract liveLessonIds(courseId: string): Promise<number[]>;
  abstract liveQuestionIds(courseId: string): Promise<Set<number>>;
  abstract question(id: number): Promise<QuestionRecord>;
  /** The question unless it is retired. */
  abstract liveQuestion(id: number): Promise<QuestionRecord | null>;
}
