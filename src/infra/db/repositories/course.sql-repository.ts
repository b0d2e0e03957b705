import { Injectable } from '@nestjs/common';
import { In, IsNull, Not } from 'typeorm';
import {
  CourseModuleRecord,
  CourseRecord,
  LessonRecord,
  QuestionRecord,
} from '../../../core/records';
import {
  CohortUse,
  CourseLevel,
  CourseRepository,
  Upsert,
} from '../../../modules/content/course.repository';
import { Database } from '../database';
import { CourseEntity, CourseModuleEntity, LessonEntity, QuestionEntity } from '../entities';

const TABLE_OF = { module: CourseModuleEntity, lesson: LessonEntity, question: QuestionEntity };

@Injectable()
export class SqlCourseRepository extends CourseRepository {
  constructor(private readonly db: Database) {
    super();
  }

  course(id: string): Promise<CourseRecord | null> {
    return this.db.withManager((m) => m.findOneBy(CourseEntity, { id }));
  }

  liveCoursesExcept(ids: string[]): Promise<CourseRecord[]> {
    return this.db.withManager((m) =>
      m.findBy(CourseEntity, { id: Not(In(ids)), retiredAt: IsNull() }),
    );
  }

  async saveCourse(course: CourseRecord): Promise<void> {
    await this.db.withManager((m) => m.save(CourseEntity, course));
  }

  async retireCourse(id: string, at: Date): Promise<void> {
    await this.db.withManager((m) => m.update(CourseEntity, { id }, { retiredAt: at }));
  }

  modules(courseId: string): Promise<CourseModuleRecord[]> {
    return this.db.withManager((m) => m.findBy(CourseModuleEntity, { courseId }));
  }

  async saveModule(module: Upsert<CourseModuleRecord>): Promise<void> {
    await this.db.withManager((m) => m.save(CourseModuleEntity, module));
  }

  lessons(courseId: string): Promise<LessonRecord[]> {
    return this.db.withManager((m) => m.findBy(LessonEntity, { courseId }));
  }

  async saveLesson(lesson: Upsert<LessonRecord>): Promise<number> {
    return (await this.db.withManager((m) => m.save(LessonEntity, lesson))).id;
  }

  questions(lessonIds: number[]): Promise<QuestionRecord[]> {
    if (lessonIds.length === 0) return Promise.resolve([]);
    return this.db.withManager((m) => m.findBy(QuestionEntity, { lessonId: In(lessonIds) }));
  }

  async saveQuestion(question: Upsert<QuestionRecord>): Promise<void> {
    await this.db.withManager((m) => m.save(QuestionEntity, question));
  }

  async retire(level: CourseLevel, ids: number[], at: Date): Promise<void> {
    if (ids.length === 0) return;
    await this.db.withManager((m) => m.update(TABLE_OF[level], { id: In(ids) }, { retiredAt: at }));
  }

  cohortsInUse(): Promise<CohortUse[]> {
    return this.db.withManager(async (m) => {
      const rows: Array<{ id: number; name: string; course_id: string }> = await m.query(
        `SELECT c.id, c.name, c.course_id FROM cohorts c
          WHERE NOT EXISTS (SELECT 1 FROM enrollments e WHERE e.cohort_id = c.id)
             OR EXISTS (SELECT 1 FROM enrollments e WHERE e.cohort_id = c.id AND e.status IN ('active', 'paused'))
          ORDER BY c.id`,
      );
      return rows.map((r) => ({ id: Number(r.id), name: r.name, courseId: r.course_id }));
    });
  }
}
