import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import {
  CourseModuleRecord,
  CourseRecord,
  LessonRecord,
  QuestionRecord,
} from '../../../core/records';
import { CatalogRepository } from '../../../modules/content/catalog.repository';
import { Database } from '../database';
import { CourseEntity, CourseModuleEntity, LessonEntity, QuestionEntity } from '../entities';

@Injectable()
export class SqlCatalogRepository extends CatalogRepository {
  constructor(private readonly db: Database) {
    super();
  }

  courses(): Promise<CourseRecord[]> {
    return this.db.withManager((m) =>
      m.find(CourseEntity, { where: { retiredAt: IsNull() }, order: { id: 'ASC' } }),
    );
  }

  course(id: string): Promise<CourseRecord | null> {
    return this.db.withManager((m) => m.findOneBy(CourseEntity, { id, retiredAt: IsNull() }));
  }

  modules(courseIds: string[]): Promise<CourseModuleRecord[]> {
    return this.db.withManager((m) =>
      m.find(CourseModuleEntity, {
        where: { courseId: In(courseIds), retiredAt: IsNull() },
        order: { position: 'ASC' },
      }),
    );
  }

  lessons(courseIds: string[]): Promise<LessonRecord[]> {
    return this.db.withManager((m) =>
      m.find(LessonEntity, {
        where: { courseId: In(courseIds), retiredAt: IsNull() },
        order: { position: 'ASC' },
      }),
    );
  }

  questions(lessonIds: number[]): Promise<QuestionRecord[]> {
    return this.db.withManager((m) =>
      m.find(QuestionEntity, {
        where: { lessonId: In(lessonIds), retiredAt: IsNull() },
        order: { position: 'ASC' },
      }),
    );
  }

  async questionCounts(lessonIds: number[]): Promise<Map<number, number>> {
    if (lessonIds.length === 0) return new Map();
    const rows: Array<{ lessonId: number; count: string | number }> = await this.db.withManager(
      (m) =>
        m
          .createQueryBuilder(QuestionEntity, 'q')
          .select('q.lesson_id', 'lessonId')
          .addSelect('COUNT(*)', 'count')
          .where('q.lesson_id IN (:...lessonIds)', { lessonIds })
          .andWhere('q.retired_at IS NULL')
          .groupBy('q.lesson_id')
          .getRawMany(),
    );
    return new Map(rows.map((r) => [Number(r.lessonId), Number(r.count)]));
  }
}
