import { DataSource } from 'typeorm';
import { DomainError } from '../../src/core/errors';
import { Database, DatabaseTransactor } from '../../src/infra/db/database';
import { LessonEntity, QuestionEntity } from '../../src/infra/db/entities';
import { SqlCatalogRepository } from '../../src/infra/db/repositories/catalog.sql-repository';
import { SqlCourseRepository } from '../../src/infra/db/repositories/course.sql-repository';
import { ContentSyncService } from '../../src/modules/content/content-sync.service';
import { CourseCatalogService } from '../../src/modules/content/course-catalog.service';
import { SyncReport } from '../../src/modules/content/sync-report';
import { ContentRoot, lesson, smallCourse } from '../factories/course-files';
import { MovableClock } from '../../src/core/movable-clock';
import {
  closeTestDataSource,
  createMigratedDataSource,
  testEngine,
  TestDatabase,
} from '../support/test-database';

const changesOf = (report: SyncReport, kind: string) =>
  Object.fromEntries(
    report.courses[0].items.filter((i) => i.kind === kind).map((i) => [i.id, i.change]),
  );

describe(`content sync (${testEngine()})`, () => {
  let dataSource: DataSource;
  let db: TestDatabase;
  let sync: ContentSyncService;
  let catalog: CourseCatalogService;
  let root: ContentRoot;
  const clock = new MovableClock('2026-03-02T01:00:00Z');

  beforeEach(async () => {
    ({ dataSource, db } = await createMigratedDataSource());
    const database = new Database(dataSource);
    sync = new ContentSyncService(
      new SqlCourseRepository(database),
      new DatabaseTransactor(database),
      clock,
    );
    catalog = new CourseCatalogService(new SqlCatalogRepository(database));
    root = new ContentRoot();
  });
  afterEach(async () => {
    root.remove();
    await closeTestDataSource(dataSource, db);
  });

  const questionRow = (lessonKey: string, key: string) =>
    dataSource
      .getRepository(QuestionEntity)
      .createQueryBuilder('q')
      .innerJoin(LessonEntity, 'l', 'l.id = q.lesson_id')
      .where('l.lesson_key = :lessonKey AND q.question_key = :key', { lessonKey, key })
      .getOneOrFail();

  it('a first load adds every module, lesson and question in curriculum order', async () => {
    const report = await sync.sync(root.write(smallCourse()).dir);
    expect(report.courses[0]).toMatchObject({
      courseId: 'mini-course',
      change: 'added',
      counts: { modules: { added: 2 }, lessons: { added: 3 }, questions: { added: 5 } },
    });
    const [course] = await catalog.list();
    expect(course.modules.map((m) => m.lessons.map((l) => [l.id, l.questionCount]))).toEqual([
      [
        ['first-lesson', 2],
        ['second-lesson', 2],
      ],
      [['third-lesson', 1]],
    ]);
    expect(course).toMatchObject({ lessonCount: 3, questionCount: 5, locales: ['zh', 'en'] });
  });

  it('a second sync of the same files reports everything unchanged and writes nothing', async () => {
    await sync.sync(root.write(smallCourse()).dir);
    const before = await dataSource.getRepository(QuestionEntity).find({ order: { id: 'ASC' } });
    clock.advance(60_000);
    const report = await sync.sync(root.dir);
    expect(report.courses[0].items.every((i) => i.change === 'unchanged')).toBe(true);
    expect(report.courses[0].items).toHaveLength(1 + 2 + 3 + 5);
    expect(await dataSource.getRepository(QuestionEntity).find({ order: { id: 'ASC' } })).toEqual(
      before,
    );
  });

  it('an edited lesson text is updated and keeps its question ids', async () => {
    const course = smallCourse();
    await sync.sync(root.write(course).dir);
    const idBefore = (await questionRow('first-lesson', 'q1')).id;
    course.modules[0].lessons[0].body.en = 'A clearer way to say it.';
    const report = await sync.sync(root.write(course).dir);
    expect(changesOf(report, 'lesson')).toMatchObject({
      'mini-course/first-lesson': 'updated',
      'mini-course/second-lesson': 'unchanged',
    });
    expect(changesOf(report, 'question')['mini-course/first-lesson/q1']).toBe('unchanged');
    expect((await questionRow('first-lesson', 'q1')).id).toBe(idBefore);
  });

  it('a changed answer is reported as answer-changed and stored', async () => {
    const course = smallCourse();
    await sync.sync(root.write(course).dir);
    course.modules[0].lessons[0].questions[1].answer = 'C';
    clock.set('2026-03-03T02:00:00Z');
    const report = await sync.sync(root.write(course).dir);
    expect(changesOf(report, 'question')['mini-course/first-lesson/q2']).toBe('answer-changed');
    expect(report.courses[0].counts.questions['answer-changed']).toBe(1);
    const row = await questionRow('first-lesson', 'q2');
    expect(row.answer).toBe('C');
    expect(row.answerChangedAt?.toISOString()).toBe('2026-03-03T02:00:00.000Z');
  });

  it('a removed question is retired, kept, and hidden; restored, it comes back with the same row', async () => {
    const course = smallCourse();
    await sync.sync(root.write(course).dir);
    const original = await questionRow('first-lesson', 'q2');
    course.modules[0].lessons[0].questions.pop();
    const removed = await sync.sync(root.write(course).dir);
    expect(changesOf(removed, 'question')['mini-course/first-lesson/q2']).toBe('retired');
    expect((await questionRow('first-lesson', 'q2')).retiredAt).not.toBeNull();
    expect(
      (await catalog.get('mini-course')).modules[0].lessons[0].questions.map((q) => q.id),
    ).toEqual(['q1']);

    course.modules[0].lessons[0].questions.push(lesson('first-lesson').questions[1]);
    const restored = await sync.sync(root.write(course).dir);
    expect(changesOf(restored, 'question')['mini-course/first-lesson/q2']).toBe('revived');
    const revived = await questionRow('first-lesson', 'q2');
    expect(revived.id).toBe(original.id);
    expect(revived.retiredAt).toBeNull();
  });

  it('a removed lesson is retired with its questions; the curriculum closes the gap', async () => {
    const course = smallCourse();
    await sync.sync(root.write(course).dir);
    course.modules[0].lessons.splice(1, 1);
    const report = await sync.sync(root.write(course).dir);
    expect(changesOf(report, 'lesson')['mini-course/second-lesson']).toBe('retired');
    expect(changesOf(report, 'question')).toMatchObject({
      'mini-course/second-lesson/q1': 'retired',
      'mini-course/second-lesson/q2': 'retired',
    });
    const [listed] = await catalog.list();
    expect(listed.modules[0].lessons.map((l) => l.id)).toEqual(['first-lesson']);
    expect(listed.questionCount).toBe(3);
  });

  it('a course folder that disappears is retired, and nothing is deleted', async () => {
    const other = { ...smallCourse(), id: 'other-course' };
    await sync.sync(root.write(smallCourse(), other).dir);
    const report = await sync.sync(root.write(smallCourse()).dir);
    const retired = report.courses.find((c) => c.courseId === 'other-course');
    expect(retired).toMatchObject({
      change: 'retired',
      counts: { lessons: { retired: 3 }, questions: { retired: 5 } },
    });
    expect((await catalog.list()).map((c) => c.id)).toEqual(['mini-course']);
    expect(await dataSource.getRepository(QuestionEntity).count()).toBe(10);
  });

  it('invalid content changes nothing and names every problem with its position', async () => {
    await sync.sync(root.write(smallCourse()).dir);
    const before = await dataSource.getRepository(QuestionEntity).find({ order: { id: 'ASC' } });
    root.writeRaw(
      'mini-course/lessons/second-lesson.yaml',
      'id: second-lesson\ntitle: [unclosed\n',
    );
    const error = await sync.sync(root.dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).details[0].field).toMatch(/second-lesson\.yaml:\d+:\d+$/);
    expect(await dataSource.getRepository(QuestionEntity).find({ order: { id: 'ASC' } })).toEqual(
      before,
    );
  });

  it('an empty or missing folder is refused rather than retiring every course', async () => {
    await sync.sync(root.write(smallCourse()).dir);
    await expect(sync.sync(root.write().dir)).rejects.toThrow(/holds no course/);
    await expect(sync.sync('/no/such/folder')).rejects.toThrow(/does not exist/);
    expect((await catalog.list()).map((c) => c.id)).toEqual(['mini-course']);
  });

  it('a dry run reports the changes and writes nothing', async () => {
    const report = await sync.sync(root.write(smallCourse()).dir, { dryRun: true });
    expect(report).toMatchObject({ dryRun: true, courses: [{ change: 'added' }] });
    expect(await catalog.list()).toEqual([]);
  });
});
