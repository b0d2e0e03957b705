import request from 'supertest';
import { ContentRoot, smallCourse } from '../factories/course-files';
import { createTestApp, TestApp } from '../support/test-app';
import { testEngine } from '../support/test-database';

describe(`content and courses API (${testEngine()})`, () => {
  let t: TestApp;
  let root: ContentRoot;
  const as = (key: string) => ({ Authorization: `Bearer ${key}` });

  beforeAll(async () => {
    root = new ContentRoot().write(smallCourse());
    t = await createTestApp({ CONTENT_DIR: root.dir });
  });
  afterAll(async () => {
    await t.close();
    root.remove();
  });

  it('loads CONTENT_DIR at start and lists courses in curriculum order', async () => {
    const response = await request(t.app.getHttpServer())
      .get('/api/v1/courses')
      .set(as(t.keys.hr))
      .expect(200);
    expect(response.body).toHaveLength(1);
    expect(response.body[0]).toMatchObject({
      id: 'mini-course',
      defaultLocale: 'zh',
      locales: ['zh', 'en'],
      lessonCount: 3,
      questionCount: 5,
    });
    expect(response.body[0].modules.map((m: { id: string }) => m.id)).toEqual([
      'basics',
      'practice',
    ]);
  });

  it('shows one course with its lessons and questions', async () => {
    const response = await request(t.app.getHttpServer())
      .get('/api/v1/courses/mini-course')
      .set(as(t.keys.trainer))
      .expect(200);
    const first = response.body.modules[0].lessons[0];
    expect(first).toMatchObject({ id: 'first-lesson', questionCount: 2, locales: ['zh', 'en'] });
    expect(first.body.zh).toContain('first-lesson');
    expect(first.questions.map((q: { id: string }) => q.id)).toEqual(['q1', 'q2']);
    expect(first).not.toHaveProperty('dbId');
  });

  it('answers an unknown course with 404 and a malformed id with 400', async () => {
    const server = t.app.getHttpServer();
    await request(server).get('/api/v1/courses/no-such-course').set(as(t.keys.hr)).expect(404);
    const bad = await request(server).get('/api/v1/courses/Bad_Id!').set(as(t.keys.hr)).expect(400);
    expect(bad.body.details).toEqual([{ field: 'courseId', message: expect.any(String) }]);
  });

  it('validate is a dry run: it reports the change and writes nothing', async () => {
    const course = smallCourse();
    course.modules[0].lessons[0].title.en = 'A sharper title';
    root.write(course);
    const server = t.app.getHttpServer();
    const dry = await request(server)
      .post('/api/v1/content/validate')
      .set(as(t.keys.trainer))
      .expect(200);
    expect(dry.body).toMatchObject({
      dryRun: true,
      courses: [{ courseId: 'mini-course', change: 'unchanged' }],
    });
    expect(dry.body.courses[0].counts.lessons.updated).toBe(1);
    const after = await request(server).get('/api/v1/courses/mini-course').set(as(t.keys.trainer));
    expect(after.body.modules[0].lessons[0].title.en).toBe('Lesson first-lesson');
  });

  it('sync writes the change and reports it per lesson and question', async () => {
    const server = t.app.getHttpServer();
    const response = await request(server)
      .post('/api/v1/content/sync')
      .set(as(t.keys.trainer))
      .expect(200);
    expect(response.body.dryRun).toBe(false);
    expect(response.body.courses[0].items).toContainEqual({
      kind: 'lesson',
      id: 'mini-course/first-lesson',
      change: 'updated',
    });
    const after = await request(server).get('/api/v1/courses/mini-course').set(as(t.keys.trainer));
    expect(after.body.modules[0].lessons[0].title.en).toBe('A sharper title');
    const again = await request(server)
      .post('/api/v1/content/sync')
      .set(as(t.keys.admin))
      .expect(200);
    expect(
      again.body.courses[0].items.every((i: { change: string }) => i.change === 'unchanged'),
    ).toBe(true);
  });

  it('invalid content is a 400 listing every problem as the CLI prints it, and changes nothing', async () => {
    root.writeRaw('mini-course/lessons/third-lesson.yaml', 'id: third-lesson\n\ttitle: tabbed\n');
    const server = t.app.getHttpServer();
    for (const path of ['/api/v1/content/sync', '/api/v1/content/validate']) {
      const response = await request(server).post(path).set(as(t.keys.trainer)).expect(400);
      expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      expect(response.body.details[0]).toEqual({
        field: expect.stringMatching(/mini-course\/lessons\/third-lesson\.yaml:2:1$/),
        message: expect.stringMatching(/^error: /),
      });
    }
    const courses = await request(server).get('/api/v1/courses').set(as(t.keys.hr));
    expect(courses.body[0].lessonCount).toBe(3);
  });

  it('refuses a field in the body: the folder is always CONTENT_DIR', async () => {
    for (const path of ['/api/v1/content/validate', '/api/v1/content/sync']) {
      const response = await request(t.app.getHttpServer())
        .post(path)
        .set(as(t.keys.trainer))
        .send({ dir: '/etc' })
        .expect(400);
      expect(response.body.details).toEqual([
        { field: 'dir', message: expect.stringMatching(/should not exist/) },
      ]);
    }
  });

  it('only trainers and admins may sync', async () => {
    await request(t.app.getHttpServer())
      .post('/api/v1/content/sync')
      .set(as(t.keys.hr))
      .expect(403);
  });
});

describe(`start-up with broken content (${testEngine()})`, () => {
  it('logs the problems, keeps serving, and offers no half-loaded course', async () => {
    const root = new ContentRoot().write(smallCourse());
    root.writeRaw('mini-course/lessons/second-lesson.yaml', 'id: second-lesson\ntitle: [broken\n');
    const t = await createTestApp({ CONTENT_DIR: root.dir });
    try {
      await request(t.app.getHttpServer()).get('/api/v1/health').expect(200);
      const courses = await request(t.app.getHttpServer())
        .get('/api/v1/courses')
        .set('Authorization', `Bearer ${t.keys.hr}`);
      expect(courses.body).toEqual([]);
    } finally {
      await t.close();
      root.remove();
    }
  });
});
