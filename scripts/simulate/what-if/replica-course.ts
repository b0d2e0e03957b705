import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { QuestionType } from '../../../src/core/content/course-model';
import { HolidayCalendar, parseHolidayCalendar } from '../../../src/core/planning/holiday-calendar';
import { PlannedLesson } from '../../../src/core/planning/plan-day';

/** What answering a question needs: its global id for the learner model, and its answer. */
export interface ReplicaQuestion {
  item: string;
  type: QuestionType;
  answer: string;
  choiceCount: number;
}

export interface ReplicaCourse {
  curriculum: PlannedLesson[];
  questions: Map<number, ReplicaQuestion>;
  calendar: HolidayCalendar;
}

interface LessonFile {
  questions: Array<{
    id: string;
    type: QuestionType;
    answer: string | string[];
    choices?: unknown[];
  }>;
}

/**
 * The simulator's course read straight from its files, numbered in curriculum order, with the
 * global ids `<course>/<lesson>/<question>` the learner models key their memory by: the same
 * items and the same learners as a run of the real engine.
 */
export function readReplicaCourse(contentDir: string, courseId: string): ReplicaCourse {
  const folder = join(contentDir, courseId);
  const course = parse(readFileSync(join(folder, 'course.yaml'), 'utf8')) as {
    modules: Array<{ lessons: string[] }>;
  };
  const questions = new Map<number, ReplicaQuestion>();
  const curriculum = course.modules
    .flatMap((m) => m.lessons)
    .map((key, index) => {
      const lesson = parse(readFileSync(join(folder, 'lessons', `${key}.yaml`), 'utf8'));
      const questionIds = (lesson as LessonFile).questions.map((q) => {
        const id = questions.size + 1;
        questions.set(id, {
          item: `${courseId}/${key}/${q.id}`,
          type: q.type,
          answer: Array.isArray(q.answer) ? q.answer.join('') : String(q.answer),
          choiceCount: q.choices?.length ?? 2,
        });
        return id;
      });
      return { lessonId: index + 1, questionIds };
    });
  const calendar = parseHolidayCalendar(
    readFileSync(join(contentDir, 'calendars', 'cn-2026.yaml'), 'utf8'),
  );
  return { curriculum, questions, calendar };
}
