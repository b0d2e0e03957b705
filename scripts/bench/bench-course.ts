import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

export const BENCH_COURSE_ID = 'bench-course';
export const BENCH_LESSONS = 12;
export const QUESTIONS_PER_LESSON = 2;
/** Lessons every seeded enrollment has had: 10 lessons x 2 questions = 20 cards each. */
export const DELIVERED_LESSONS = 10;

interface CourseYaml {
  id: string;
  modules: Array<{ id: string; lessons: string[] }>;
  [field: string]: unknown;
}

/**
 * A content root with one course cut from the real one: its first 12 lessons, 2 questions
 * each, so that messages have the real course's lengths and languages.
 */
export function writeBenchContent(sourceDir: string, courseId = 'internal-negotiation'): string {
  const root = mkdtempSync(join(tmpdir(), 'spaced-coach-bench-content-'));
  const source = join(sourceDir, courseId);
  const course = parse(readFileSync(join(source, 'course.yaml'), 'utf8')) as CourseYaml;
  const lessons = course.modules.flatMap((m) => m.lessons).slice(0, BENCH_LESSONS);
  const target = join(root, BENCH_COURSE_ID);
  mkdirSync(join(target, 'lessons'), { recursive: true });
  writeFileSync(
    join(target, 'course.yaml'),
    stringify({
      ...course,
      id: BENCH_COURSE_ID,
      modules: [{ ...course.modules[0], lessons }],
    }),
  );
  for (const id of lessons) {
    const lesson = parse(readFileSync(join(source, 'lessons', `${id}.yaml`), 'utf8')) as {
      questions: unknown[];
    };
    lesson.questions = lesson.questions.slice(0, QUESTIONS_PER_LESSON);
    writeFileSync(join(target, 'lessons', `${id}.yaml`), stringify(lesson));
  }
  cpSync(join(sourceDir, 'calendars'), join(root, 'calendars'), { recursive: true });
  return root;
}

export function removeBenchContent(root: string): void {
  rmSync(root, { recursive: true, force: true });
}
