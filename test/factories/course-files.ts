import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';

export interface QuestionFile {
  id: string;
  type: 'single' | 'multiple' | 'truefalse';
  prompt: { en: string; zh: string };
  choices?: Array<{ en: string; zh: string }>;
  answer: string | string[] | boolean;
  explain: { en: string; zh: string };
}

export interface LessonFile {
  id: string;
  title: { en: string; zh: string };
  body: { en: string; zh: string };
  questions: QuestionFile[];
}

export interface CourseFiles {
  id: string;
  modules: Array<{ id: string; lessons: LessonFile[] }>;
}

export const question = (id: string, answer = 'B'): QuestionFile => ({
  id,
  type: 'single',
  prompt: {
    en: `Question ${id}: your authority ends at 5%. What first?`,
    zh: `问题${id}：你的权限只到5%，先做什么？`,
  },
  choices: [
    { en: 'Agree on the spot', zh: '当场答应' },
    { en: 'Ask your manager for a range', zh: '先向上级争取一个区间' },
    { en: 'Refuse outright', zh: '直接拒绝' },
  ],
  answer,
  explain: {
    en: 'A range lets you trade instead of relay.',
    zh: '有了区间，你才能谈判而不是传话。',
  },
});

export const lesson = (id: string, questionIds = ['q1', 'q2']): LessonFile => ({
  id,
  title: { en: `Lesson ${id}`, zh: `第${id}课` },
  body: { en: `The idea of ${id}, in one message.`, zh: `${id}的要点，一条消息讲完。` },
  questions: questionIds.map((q) => question(q)),
});

export const smallCourse = (): CourseFiles => ({
  id: 'mini-course',
  modules: [
    { id: 'basics', lessons: [lesson('first-lesson'), lesson('second-lesson')] },
    { id: 'practice', lessons: [lesson('third-lesson', ['q1'])] },
  ],
});

/** A content root on disk holding the given courses, rewritten on every `write`. */
export class ContentRoot {
  readonly dir = mkdtempSync(join(tmpdir(), 'spaced-coach-content-'));

  write(...courses: CourseFiles[]): this {
    rmSync(this.dir, { recursive: true, force: true });
    mkdirSync(this.dir);
    for (const course of courses) {
      const courseDir = join(this.dir, course.id);
      mkdirSync(join(courseDir, 'lessons'), { recursive: true });
      writeFileSync(
        join(courseDir, 'course.yaml'),
        stringify({
          id: course.id,
          title: { en: `Course ${course.id}`, zh: `课程${course.id}` },
          summary: { en: 'A small course for tests.', zh: '测试用的小课程。' },
          defaultLocale: 'zh',
          modules: course.modules.map((m) => ({
            id: m.id,
            title: { en: `Module ${m.id}`, zh: `模块${m.id}` },
            lessons: m.lessons.map((l) => l.id),
          })),
        }),
      );
      for (const l of course.modules.flatMap((m) => m.lessons)) {
        writeFileSync(join(courseDir, 'lessons', `${l.id}.yaml`), stringify(l));
      }
    }
    return this;
  }

  /** Writes one raw file, for content that is broken on purpose. */
  writeRaw(relativePath: string, text: string): this {
    const path = join(this.dir, relativePath);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
    return this;
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
