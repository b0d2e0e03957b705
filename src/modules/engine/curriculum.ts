import { DataSource, IsNull } from 'typeorm';
import { PlannedLesson } from '../../core/planning/plan-day';
import { CourseEntity, LessonEntity, QuestionEntity } from '../../infra/db/entities';

/** A course's live lessons and questions, loaded once per planner run or answer. */
export interface Curriculum {
  course: CourseEntity;
  lessons: PlannedLesson[];
  lessonsById: Map<number, LessonEntity>;
  questionsById: Map<number, QuestionEntity>;
}

export async function loadCurriculum(
  dataSource: DataSource,
  courseId: string,
): Promise<Curriculum> {
  const course = await dataSource.getRepository(CourseEntity).findOneByOrFail({ id: courseId });
  const lessons = await dataSource.getRepository(LessonEntity).find({
    where: { courseId, retiredAt: IsNull() },
    order: { position: 'ASC' },
  });
  const questions = await dataSource
    .getRepository(QuestionEntity)
    .createQueryBuilder('q')
    .innerJoin(LessonEntity, 'l', 'l.id = q.lesson_id')
    .where('l.course_id = :courseId AND l.retired_at IS NULL AND q.retired_at IS NULL', {
      courseId,
    })
    .orderBy('q.position', 'ASC')
    .getMany();
  return {
    course,
    lessons: lessons.map((lesson) => ({
      lessonId: lesson.id,
      questionIds: questions.filter((q) => q.lessonId === lesson.id).map((q) => q.id),
    })),
    lessonsById: new Map(lessons.map((l) => [l.id, l])),
    questionsById: new Map(questions.map((q) => [q.id, q])),
  };
}

/** Curricula by course id for the length of one run; content syncs between runs are picked up. */
export class CurriculumCache {
  private readonly loaded = new Map<string, Promise<Curriculum>>();

  constructor(private readonly dataSource: DataSource) {}

  get(courseId: string): Promise<Curriculum> {
    let curriculum = this.loaded.get(courseId);
    if (!curriculum) {
      curriculum = loadCurriculum(this.dataSource, courseId);
      this.loaded.set(courseId, curriculum);
    }
    return curriculum;
  }
}
