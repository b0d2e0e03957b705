import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import type { CourseRecord, LessonRecord, QuestionRecord } from '../../../core/records';
import { CurriculumRepository } from '../../../modules/engine/curriculum.repository';
import { Database } from '../database';
import { CourseEntity, LessonEntity, QuestionEntity } from '../entities';
import { findRow, findRowOrFail } from '../raw-reads';

@Injectable()
export class SqlCurriculumRepository extends CurriculumRepository {
  constructor(private readonly db: Database) {
    super();
  }

  course(id: string): Promise<CourseRecord> {
    return this.db.withManager((m) => findRowOrFail(m, CourseEntity, { id }));
  }

  liveLessons(courseId: string): Promise<LessonRecord[]> {
    return this.db.withManager((m) =>
      m.find(LessonEntity, {
        where: { courseId, retiredAt: IsNull() },
        order: { position: 'ASC' },
      }),
    );
  }

  liveQuestions(courseId: string): Promise<QuestionRecord[]> {
    return this.db.withManager((m) =>
      m
        .getRepository(QuestionEntity)
        .createQueryBuilder('q')
        .innerJoin(LessonEntity, 'l', 'l.id = q.lesson_id')
        .where('l.course_id = :courseId AND l.retired_at IS NULL AND q.retired_at IS NULL', {
          courseId,
        })
        .orderBy('q.position', 'ASC')
        .getMany(),
    );
  }

  liveLessonIds(courseId: string): Promise<number[]> {
    return this.db.withManager(async (m) => {
      const rows: Array<{ id: number }> = await m.query(
        'SELECT id FROM lessons WHERE course_id = ? AND retired_at IS NULL',
        [courseId],
      );
      return rows.map((r) => Number(r.id));
    });
  }

  liveQuestionIds(courseId: string): Promise<Set<number>> {
    return this.db.withManager(async (m) => {
      const rows: Array<{ id: number }> = await m.query(
        'SELECT q.id FROM questions q INNER JOIN lessons l ON l.id = q.lesson_id ' +
          'WHERE l.course_id = ? AND l.retired_at IS NULL AND q.retired_at IS NULL',
        [courseId],
      );
      return new Set(rows.map((r) => Number(r.id)));
    });
  }

  question(id: number): Promise<QuestionRecord> {
    return this.db.withManager((m) => findRowOrFail(m, QuestionEntity, { id }));
  }

  liveQuestion(id: number): Promise<QuestionRecord | null> {
    return this.db.withManager((m) => findRow(m, QuestionEntity, { id, retiredAt: null }));
  }
}
