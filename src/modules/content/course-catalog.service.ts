import { Injectable } from '@nestjs/common';
import { DomainError } from '../../core/errors';
import { CourseRecord, LessonRecord } from '../../core/records';
import { CatalogRepository } from './catalog.repository';
import { CourseDetailResponse, CourseResponse } from './dto/course.response';

/** A course as listed, with its live lesson rows for callers that need more of them. */
interface Curriculum {
  course: CourseResponse;
  lessons: Map<string, LessonRecord>;
}

/** Courses as they are now: retired modules, lessons and questions left out. */
@Injectable()
export class CourseCatalogService {
  constructor(private readonly catalog: CatalogRepository) {}

  async list(): Promise<CourseResponse[]> {
    const courses = await this.catalog.courses();
    return (await this.curricula(courses)).map((c) => c.course);
  }

  async get(courseId: string): Promise<CourseDetailResponse> {
    const entity = await this.catalog.course(courseId);
    if (!entity) throw new DomainError('not-found', `Course ${courseId} does not exist`);
    const [{ course, lessons }] = await this.curricula([entity]);
    const questions = await this.catalog.questions([...lessons.values()].map((l) => l.id));
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

  private async curricula(courses: CourseRecord[]): Promise<Curriculum[]> {
    if (courses.length === 0) return [];
    const courseIds = courses.map((c) => c.id);
    const modules = await this.catalog.modules(courseIds);
    const lessons = await this.catalog.lessons(courseIds);
    const counts = await this.catalog.questionCounts(lessons.map((l) => l.id));
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
}
