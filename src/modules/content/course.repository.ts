import {
  CourseModuleRecord,
  CourseRecord,
  LessonRecord,
  QuestionRecord,
} from '../../core/records';

/** A row to store: without an id it is new, with one it replaces the stored row. */
export type Upsert<T extends { id: number }> = Omit<T, 'id'> & { id?: number };

export type CourseLevel = 'module' | 'lesson' | 'question';

/** A cohort that still teaches its course. */
export interface CohortUse {
  id: number;
  name: string;
  courseId: string;
}

/**
 * The stored courses as the content sync writes them: every row, retired ones too, since
 * nothing is ever deleted (what left the files is retired, what came back is revived).
 */
export abstract class CourseRepository {
  abstract course(id: string): Promise<CourseRecord | null>;
  /** Live courses whose id is not among `ids`: the ones gone from the files. */
  abstract liveCoursesExcept(ids: string[]): Promise<CourseRecord[]>;
  abstract saveCourse(course: CourseRecord): Promise<void>;
  abstract retireCourse(id: string, at: Date): Promise<void>;
  abstract modules(courseId: string): Promise<CourseModuleRecord[]>;
  abstract saveModule(module: Upsert<CourseModuleRecord>): Promise<void>;
  abstract lessons(courseId: string): Promise<LessonRecord[]>;
  /** Returns the lesson's id. */
  abstract saveLesson(lesson: Upsert<LessonRecord>): Promise<number>;
  abstract questions(lessonIds: number[]): Promise<QuestionRecord[]>;
  abstract saveQuestion(question: Upsert<QuestionRecord>): Promise<void>;
  abstract retire(level: CourseLevel, ids: number[], at: Date): Promise<void>;
  /**
   * Cohorts that count as using their course: until every learner in it has completed or
   * left; one without learners yet is about to be filled.
   */
  abstract cohortsInUse(): Promise<CohortUse[]>;
}
