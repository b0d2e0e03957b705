import {
  CourseModuleRecord,
  CourseRecord,
  LessonRecord,
  QuestionRecord,
} from '../../core/records';

/** Courses as they are now: only live (not retired) rows, each list in course order. */
export abstract class CatalogRepository {
  abstract courses(): Promise<CourseRecord[]>;
  abstract course(id: string): Promise<CourseRecord | null>;
  abstract modules(courseIds: string[]): Promise<CourseModuleRecord[]>;
  abstract lessons(courseIds: string[]): Promise<LessonRecord[]>;
  abstract questions(lessonIds: number[]): Promise<QuestionRecord[]>;
  /** Live questions per lesson id. */
  abstract questionCounts(lessonIds: number[]): Promise<Map<number, number>>;
}
