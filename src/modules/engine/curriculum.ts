import { PlannedLesson } from '../../core/planning/plan-day';
import type { CourseRecord, LessonRecord, QuestionRecord } from '../../core/records';
import { CurriculumRepository } from './curriculum.repository';

/** A course's live lessons and questions, loaded once per planner run or answer. */
export interface Curriculum {
  course: CourseRecord;
  lessons: PlannedLesson[];
  lessonsById: Map<number, LessonRecord>;
  questionsById: Map<number, QuestionRecord>;
}

export async function loadCurriculum(
  content: CurriculumRepository,
  courseId: string,
): Promise<Curriculum> {
  const course = await content.course(courseId);
  const lessons = await content.liveLessons(courseId);
  const questions = await content.liveQuestions(courseId);
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

  constructor(private readonly content: CurriculumRepository) {}

  get(courseId: string): Promise<Curriculum> {
    let curriculum = this.loaded.get(courseId);
    if (!curriculum) {
      curriculum = loadCurriculum(this.content, courseId);
      this.loaded.set(courseId, curriculum);
    }
    return curriculum;
  }
}
