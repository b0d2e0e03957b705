import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull } from 'typeorm';
import { DomainError } from '../../core/errors';
import { CourseEntity, CourseModuleEntity, LessonEntity, QuestionEntity } from '../../infra/db/entities';
import { CourseDetailResponse, CourseResponse } from './dto/course.response';

/** A course as listed, with its live lesson rows for callers that need more of them. */
interface Curriculum {
  course: CourseResponse;
  lessons: Map<string, LessonEntity>;
}

/** Courses as they are now: retired modules, lessons and questions left out. */
@Injectable()
export class CourseCatalogService {
  constructor(private readonly dataSource: DataSource) {}

  async list(): Promise<CourseResponse[]> {
    const courses = await this.dataSource
      .getRepository(CourseEntity)
      .find({ where: { retiredAt: IsNull() }, order: { id: 'ASC' } });
    return (await this.curricula(courses)).map((c) => c.course);
  }

  async get(courseId: string): Promise<CourseDetailResponse> {
    const entity = await this.dataSource.getRepository(CourseEntity).findOneBy({ id: courseId, retiredAt: IsNull() });
    if (!entity) throw new DomainError('not-found', `Course ${courseId} does not exist`);
    const [{ course, lessons }] = await this.curricula([entity]);
    const questions = await this.dataSource.getRepository(QuestionEntity).find({
      where: { lessonId: In([...lessons.values()].map((l) => l.id)), retiredAt: IsNull() },
      order: { position: 'ASC' },
    });
    return {
      ...course,
      modules: course.modules.map((module) => ({
        ...module,
        lessons: module.lessons.map((summary) => {
          const lesson = lessons.get(summary.id)!;
          return {
            ...summary,
            body: lesson.body,
            questions: questions
              .filter((q) => q.lessonId === lesson.id)
              .map((q) => ({ id: q.key, type: q.type, prompt: q.prompt, choiceCount: q.choices.length })),
          };
        }),
      })),
    };
  }

  private async curricula(courses: CourseEntity[]): Promise<Curriculum[]> {
    if (courses.length === 0) return [];
    const courseIds = courses.map((c) => c.id);
    const modules = await this.dataSource.getRepository(CourseModuleEntity).find({
      where: { courseId: In(courseIds), retiredAt: IsNull() },
      order: { position: 'ASC' },
    });
    const lessons = await this.dataSource.getRepository(LessonEntity).find({
      where: { courseId: In(courseIds), retiredAt: IsNull() },
      order: { position: 'ASC' },
    });
    const counts = await this.questionCounts(lessons.map((l) => l.id));
    return courses.map((course) => {
      const own = lessons.filter((l) => l.courseId === course.id);
      const summaries = own.map((l) => ({
        id: l.key,
        title: l.title,
        locales: l.locales,
        questionCount: counts.get(l.id) ?? 0,
      }));
      return {
        lessons: new Map(own.map((l) => [l.key, l])),
        course: {
          id: course.id,
          title: course.title,
          summary: course.summary,
          defaultLocale: course.defaultLocale,
          locales: course.locales,
          lessonCount: summaries.length,
          questionCount: summaries.reduce((sum, l) => sum + l.questionCount, 0),
          updatedAt: course.updatedAt,
          modules: modules
            .filter((m) => m.courseId === course.id)
            .map((m) => ({
              id: m.key,
              title: m.title,
              lessons: summaries.filter((_, i) => own[i].moduleKey === m.key),
            })),
        },
      };
    });
  }

  private async questionCounts(lessonIds: number[]): Promise<Map<number, number>> {
    if (lessonIds.length === 0) return new Map();
    const rows: Array<{ lessonId: number; count: string | number }> = await this.dataSource
      .getRepository(QuestionEntity)
      .createQueryBuilder('q')
      .select('q.lesson_id', 'lessonId')
      .addSelect('COUNT(*)', 'count')
      .where('q.lesson_id IN (:...lessonIds)', { lessonIds })
      .andWhere('q.retired_at IS NULL')
      .groupBy('q.lesson_id')
      .getRawMany();
    return new Map(rows.map((r) => [Number(r.lessonId), Number(r.count)]));
  }
}
