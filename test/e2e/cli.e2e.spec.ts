import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { ContentRoot, smallCourse } from '../factories/course-files';
import { createTestApp, TestApp } from '../support/test-app';
import { testEngine } from '../support/test-database';

const ROOT = join(__dirname, '..', '..');
/** Runs a command; rejects with its exit code and stderr when it fails. */
const run = (file: string, args: string[], env: NodeJS.ProcessEnv) =>
  new Promise<{ stdout: string; stderr: string }>((resolve, reject) =>
    execFile(file, args, { cwd: ROOT, env }, (error, stdout, stderr) =>
      error ? reject(Object.assign(error, { stderr })) : resolve({ stdout, stderr }),
    ),
  );

describe('the CLI in the runtime image', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

  it('has a compiled twin of every ts-node command, for the image that has no ts-node', () => {
    for (const name of ['cli', 'content:validate', 'content:sync']) {
      const source = /ts-node --transpile-only (src\/\S+)\.ts$/.exec(pkg.scripts[name])![1];
      expect(pkg.scripts[`${name}:prod`]).toBe(`node dist/${source}.js`);
      expect(existsSync(join(ROOT, `${source}.ts`))).toBe(true);
    }
  });

  it('is in the image: the runtime stage copies the compiled output and package.json', () => {
    const runtime = readFileSync(join(ROOT, 'Dockerfile'), 'utf8')
      .split(/^FROM /m)
      .at(-1)!;
    expect(runtime).toMatch(/^COPY --from=build \/app\/dist \.\/dist$/m);
    expect(runtime).toMatch(/^COPY package\.json \.\/$/m);
  });
});

describe(`apikey:create --cohorts (${testEngine()})`, () => {
  let t: TestApp;
  let root: ContentRoot;
  const cli = (...args: string[]) =>
    run('npx', ['ts-node', '--transpile-only', 'src/cli/main.ts', ...args], {
      ...process.env,
      DATABASE_URL: t.db.url,
    });

  beforeAll(async () => {
    root = new ContentRoot().write(smallCourse());
    t = await createTestApp({ CONTENT_DIR: root.dir });
  });
  afterAll(async () => {
    await t.close();
    root.remove();
  });

  it('prints an hr key that sees only the cohorts named', async () => {
    const cohort = await request(t.app.getHttpServer())
      .post('/api/v1/cohorts')
      .set('Authorization', `Bearer ${t.keys.hr}`)
      .send({ name: '上海', courseId: 'mini-course', startDate: '2026-03-02' })
      .expect(201);
    const { stdout } = await cli(
      'apikey:create',
      '--role',
      'hr',
      '--name',
      'HR 上海',
      '--cohorts',
      String(cohort.body.id),
    );
    expect(stdout).toContain(`for cohorts ${cohort.body.id}`);
    const key = stdout.trim().split('\n').at(-1)!;
    const seen = await request(t.app.getHttpServer())
      .get('/api/v1/cohorts')
      .set('Authorization', `Bearer ${key}`)
      .expect(200);
    expect(seen.body.map((c: { id: number }) => c.id)).toEqual([cohort.body.id]);
    await expect(
      cli('apikey:create', '--role', 'hr', '--name', 'x', '--cohorts', '3,x'),
    ).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('--cohorts takes') });
  }, 60_000);
});
