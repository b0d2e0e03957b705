import {
  classify,
  completeLocales,
  courseHash,
  lessonHash,
  lessonTexts,
  moduleHash,
  questionAnswerHash,
  questionTextHash,
} from '../../core/content/content-diff';
import { CourseDef, LessonDef, questionKey } from '../../core/content/course-model';
import { CourseRecord, LessonRecord, QuestionRecord } from '../../core/records';
import { CourseRepository } from './course.repository';
import { CourseReportBuilder, CourseSyncReport } from './sync-report';

/**
 * Writes one course's files into the database inside the caller's unit of work.
 * Nothing is ever deleted: what left the files is retired, what came back is revived.
 */
export class CourseWriter {
  constructor(
    private readonly courses: CourseRepository,
    private readonly now: Date,
  ) {}

  async write(def: CourseDef): Promise<CourseSyncReport> {
    const report = new CourseReportBuilder(def.id);
    await this.writeCourse(def, report);
    await this.writeModules(def, report);
    await this.writeLessons(def, report);
    return report.build();
  }

  /** Retires a course that is no longer in the files, with everything in it. */
  async retire(course: CourseRecord): Promise<CourseSyncReport> {
    const report = new CourseReportBuilder(course.id);
    await this.courses.retireCourse(course.id, this.now);
    report.record('course', course.id, 'retired');
    const modules = (await this.courses.modules(course.id)).filter((row) => row.retiredAt === null);
    await this.courses.retire('module', modules.map((row) => row.id), this.now);
    for (const row of modules) report.record('module', `${course.id}/${row.key}`, 'retired');
    const lessons = (await this.courses.lessons(course.id)).filter((row) => row.retiredAt === null);
    await this.retireLessons(course.id, lessons, report);
    return report.build();
  }

  private async writeCourse(def: CourseDef, report: CourseReportBuilder): Promise<void> {
    const stored = await this.courses.course(def.id);
    const hash = courseHash(def);
    const locales = completeLocales([def.title, def.summary, ...def.modules.map((x) => x.title), ...def.lessons.flatMap(lessonTexts)]);
    const change = classify(stored ? { hash: stored.contentHash, retired: stored.retiredAt !== null } : undefined, { hash });
    const localesChanged = stored && JSON.stringify(stored.locales) !== JSON.stringify(locales);
    if (change !== 'unchanged' || localesChanged) {
      await this.courses.saveCourse({
        id: def.id,
        title: def.title,
        summary: def.summary,
        defaultLocale: def.defaultLocale,
        locales,
        contentHash: hash,
        createdAt: stored?.createdAt ?? this.now,
        updatedAt: this.now,
        retiredAt: null,
      });
    }
    report.record('course', def.id, change);
  }

  private async writeModules(def: CourseDef, report: CourseReportBuilder): Promise<void> {
    const stored = new Map(
      (await this.courses.modules(def.id)).map((row) => [row.key, row]),
    );
    for (const [position, module] of def.modules.entries()) {
      const row = stored.get(module.id);
      stored.delete(module.id);
      const hash = moduleHash(module.title, position);
      const change = classify(row && { hash: row.contentHash, retired: row.retiredAt !== null }, { hash });
      report.record('module', `${def.id}/${module.id}`, change);
      if (change === 'unchanged') continue;
      await this.courses.saveModule({
        id: row?.id,
        courseId: def.id,
        key: module.id,
        position,
        title: module.title,
        contentHash: hash,
        retiredAt: null,
      });
    }
    const gone = [...stored.values()].filter((row) => row.retiredAt === null);
    await this.courses.retire('module', gone.map((row) => row.id), this.now);
    for (const row of gone) report.record('module', `${def.id}/${row.key}`, 'retired');
  }

  private async writeLessons(def: CourseDef, report: CourseReportBuilder): Promise<void> {
    const stored = new Map((await this.courses.lessons(def.id)).map((row) => [row.key, row]));
    const moduleOf = new Map(def.modules.flatMap((module) => module.lessonIds.map((id) => [id, module.id])));
    const questions = await this.questionsByLesson([...stored.values()].map((row) => row.id));
    for (const [position, lesson] of def.lessons.entries()) {
      const row = stored.get(lesson.id);
      stored.delete(lesson.id);
      const moduleKey = moduleOf.get(lesson.id) ?? '';
      const hash = lessonHash(lesson, moduleKey, position);
      const change = classify(row && { hash: row.contentHash, retired: row.retiredAt !== null }, { hash });
      report.record('lesson', `${def.id}/${lesson.id}`, change);
      let lessonId = row?.id;
      if (change !== 'unchanged' || !lessonId) {
        lessonId = await this.courses.saveLesson({
          id: row?.id,
          courseId: def.id,
          key: lesson.id,
          moduleKey,
          position,
          title: lesson.title,
          body: lesson.body,
          locales: completeLocales(lessonTexts(lesson)),
          contentHash: hash,
          createdAt: row?.createdAt ?? this.now,
          updatedAt: this.now,
          retiredAt: null,
        });
      }
      await this.writeQuestions(def.id, lesson, lessonId, questions.get(lessonId) ?? [], report);
    }
    const gone = [...stored.values()].filter((row) => row.retiredAt === null);
    await this.retireLessons(def.id, gone, report);
  }

  private async writeQuestions(
    courseId: string,
    lesson: LessonDef,
    lessonId: number,
    rows: QuestionRecord[],
    report: CourseReportBuilder,
  ): Promise<void> {
    const stored = new Map(rows.map((row) => [row.key, row]));
    for (const [position, question] of lesson.questions.entries()) {
      const row = stored.get(question.id);
      stored.delete(question.id);
      const next = { hash: questionTextHash(question, position), answerHash: questionAnswerHash(question) };
      const change = classify(
        row && { hash: row.textHash, answerHash: row.answerHash, retired: row.retiredAt !== null },
        next,
      );
      report.record('question', questionKey(courseId, lesson.id, question.id), change);
      if (change === 'unchanged') continue;
      await this.courses.saveQuestion({
        id: row?.id,
        lessonId,
        key: question.id,
        position,
        type: question.type,
        prompt: question.prompt,
        choices: question.choices,
        answer: question.answer,
        explain: question.explain,
        textHash: next.hash,
        answerHash: next.answerHash,
        createdAt: row?.createdAt ?? this.now,
        updatedAt: this.now,
        answerChangedAt: change === 'answer-changed' ? this.now : (row?.answerChangedAt ?? null),
        retiredAt: null,
      });
    }
    const gone = [...stored.values()].filter((row) => row.retiredAt === null);
    await this.courses.retire('question', gone.map((row) => row.id), this.now);
    for (const row of gone) report.record('question', questionKey(courseId, lesson.id, row.key), 'retired');
  }

  private async retireLessons(courseId: string, lessons: LessonRecord[], report: CourseReportBuilder): Promise<void> {
    await this.courses.retire('lesson', lessons.map((row) => row.id), this.now);
    const questions = await this.questionsByLesson(lessons.map((row) => row.id));
    for (const lesson of lessons) {
      report.record('lesson', `${courseId}/${lesson.key}`, 'retired');
      const live = (questions.get(lesson.id) ?? []).filter((row) => row.retiredAt === null);
      await this.courses.retire('question', live.map((row) => row.id), this.now);
      for (const row of live) report.record('question', questionKey(courseId, lesson.key, row.key), 'retired');
    }
  }

  private async questionsByLesson(lessonIds: number[]): Promise<Map<number, QuestionRecord[]>> {
    const byLesson = new Map<number, QuestionRecord[]>();
    for (const row of await this.courses.questions(lessonIds)) {
      byLesson.set(row.lessonId, [...(byLesson.get(row.lessonId) ?? []), row]);
    }
    return byLesson;
  }
}
