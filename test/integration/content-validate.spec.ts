import { spawnSync } from 'node:child_process';
import { join, relative, resolve } from 'node:path';
import { formatProblem } from '../../src/core/content/course-model';
import { validateContentDir } from '../../src/infra/content/content-reader';

const ROOT = join(__dirname, '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'content');

/** Problems as printed, with paths relative to the fixture's content root. */
async function problemsIn(fixture: string): Promise<string[]> {
  const root = join(FIXTURES, fixture);
  const { problems } = await validateContentDir(root);
  return problems.map((p) => formatProblem({ ...p, file: relative(root, resolve(p.file)) }));
}

const LESSON = 'tiny/lessons/first-steps.yaml';

describe('content validation of the fixtures on disk', () => {
  it.each([
    [
      'duplicate-question-id',
      `${LESSON}:23:9 error: duplicate question id "q1" (first at questions[0])`,
    ],
    [
      'duplicate-module-id',
      'tiny/course.yaml:10:9 error: duplicate module id "basics" (first at modules[0])',
    ],
    [
      'lesson-listed-missing',
      'tiny/course.yaml:10:9 error: lesson "second-steps" is listed but there is no lessons/second-steps.yaml',
    ],
    [
      'lesson-unlisted',
      'tiny/lessons/second-steps.yaml:1:5 error: lesson "second-steps" is not listed in any module of course.yaml',
    ],
    [
      'lesson-listed-twice',
      'tiny/course.yaml:12:29 error: lesson "first-steps" is listed twice (first at modules[0].lessons[0])',
    ],
    [
      'lessons-without-course',
      'tiny/course.yaml:1:1 error: course.yaml is missing; a course folder with lessons needs one',
    ],
    [
      'course-folder-mismatch',
      'tiny/course.yaml:1:5 error: course id "tiny-course" differs from its folder name "tiny"; they must be equal',
    ],
    [
      'lesson-file-name-mismatch',
      `${LESSON}:1:5 error: lesson id "first-step" differs from its file name "first-steps"; they must be equal`,
    ],
    [
      'answer-outside-choices',
      `${LESSON}:21:13 error: question q1: answer E is not among the choices A-D`,
    ],
    [
      'multiple-one-letter',
      `${LESSON}:30:5 error: question q2: a multiple question needs two or more right letters; use type single for one`,
    ],
    [
      'single-with-list',
      `${LESSON}:21:5 error: question q1: a single question takes one letter, not a list; use type multiple for two or more`,
    ],
    [
      'truefalse-with-choices',
      `${LESSON}:35:5 error: questions[2].choices is not allowed: a truefalse question has no choices`,
    ],
    ['body-too-long', `${LESSON}:8:7 error: body.en is 612 characters; the limit is 600`],
    [
      'prompt-too-long',
      `${LESSON}:16:11 error: questions[0].prompt.zh is 301 characters; the limit is 300`,
    ],
    [
      'choice-too-long',
      `${LESSON}:19:25 error: questions[0].choices[2].en is 121 characters; the limit is 120`,
    ],
    [
      'explain-too-long',
      `${LESSON}:38:11 error: questions[2].explain.en is 301 characters; the limit is 300`,
    ],
    [
      'bad-id',
      'tiny/course.yaml:6:9 error: modules[0].id "Basics_1" must be lowercase letters, digits and single hyphens, like "pricing-basics"',
    ],
    [
      'yaml-syntax-error',
      `${LESSON}:3:1 error: invalid YAML: flow map in block collection must be sufficiently indented and end with a }`,
    ],
    ['tab-indentation', `${LESSON}:24:3 error: tabs are not allowed for indentation; use spaces`],
    ['empty-body', `${LESSON}:8:7 error: body.en is empty`],
    [
      'unknown-field',
      `${LESSON}:22:5 error: unknown field "explian" in questions[0]; did you mean "explain"?`,
    ],
    [
      'missing-default-locale',
      `${LESSON}:28:9 error: questions[1].choices[1] has no zh text; zh is the course's defaultLocale`,
    ],
    [
      'missing-other-locale',
      `${LESSON}:36:5 warning: questions[2].explain has no en text; learners reading en will see zh`,
    ],
    // The BOM and CRLF files must keep exact positions: an error on line 1 shows a shifted column.
    [
      'bom',
      `${LESSON}:1:5 error: id "First-Steps" must be lowercase letters, digits and single hyphens, like "pricing-basics"`,
    ],
    ['crlf', `${LESSON}:21:13 error: question q1: answer E is not among the choices A-D`],
  ])('%s: reports exactly the one problem, where it is', async (fixture, expected) => {
    expect(await problemsIn(fixture)).toEqual([expected]);
  });

  it('duplicate-course-id: reports the second course both for its folder and its id', async () => {
    expect(await problemsIn('duplicate-course-id')).toEqual([
      'tiny-copy/course.yaml:1:5 error: course id "tiny" differs from its folder name "tiny-copy"; they must be equal',
      expect.stringMatching(
        /^tiny-copy\/course\.yaml:1:5 error: duplicate course id "tiny" \(first in .*duplicate-course-id\/tiny\/course\.yaml\)$/,
      ),
    ]);
  });

  it('valid: no problems, skipping calendars/ and dot-folders, and builds the course', async () => {
    const result = await validateContentDir(join(FIXTURES, 'valid'));
    expect(result.problems).toEqual([]);
    expect(result.fileCount).toBe(2);
    expect(result.courses.map((c) => c.id)).toEqual(['tiny']);
  });

  it('returns no course while its files have an error, and keeps it with warnings only', async () => {
    expect((await validateContentDir(join(FIXTURES, 'crlf'))).courses).toEqual([]);
    const warned = await validateContentDir(join(FIXTURES, 'missing-other-locale'));
    expect(warned.courses[0].lessons[0].questions[2].explain).toEqual({ zh: '先了解对方更重要。' });
  });

  it('the real course validates with no errors and no warnings', async () => {
    const result = await validateContentDir(join(ROOT, 'content'));
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.courses.map((c) => c.id)).toEqual(['internal-negotiation']);
  });
});

function runCli(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', 'src/cli/content-validate.ts', ...args],
    { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } },
  );
  return { code: run.status, stdout: run.stdout.trim().split('\n'), stderr: run.stderr.trim() };
}

describe('npm run content:validate', () => {
  it('prints each problem as path:line:column and exits 1 on an error', () => {
    const { code, stdout } = runCli(['test/fixtures/content/duplicate-course-id']);
    expect(stdout).toEqual([
      'test/fixtures/content/duplicate-course-id/tiny-copy/course.yaml:1:5 error: course id "tiny" differs from its folder name "tiny-copy"; they must be equal',
      'test/fixtures/content/duplicate-course-id/tiny-copy/course.yaml:1:5 error: duplicate course id "tiny" (first in test/fixtures/content/duplicate-course-id/tiny/course.yaml)',
      '2 errors, 0 warnings in 4 files',
    ]);
    expect(code).toBe(1);
  });

  it('exits 0 when there are only warnings, and reads CONTENT_DIR without an argument', () => {
    const { code, stdout } = runCli([], {
      CONTENT_DIR: 'test/fixtures/content/missing-other-locale',
    });
    expect(stdout).toEqual([
      `test/fixtures/content/missing-other-locale/${LESSON}:36:5 warning: questions[2].explain has no en text; learners reading en will see zh`,
      '0 errors, 1 warning in 2 files',
    ]);
    expect(code).toBe(0);
  });

  it('with --strict, fails on warnings too', () => {
    const { code } = runCli(['test/fixtures/content/missing-other-locale', '--strict']);
    expect(code).toBe(1);
  });

  it('passes the real content with no warnings', () => {
    const { code, stdout } = runCli(['content']);
    expect(stdout).toEqual([
      expect.stringMatching(/^OK: 1 course, \d+ lessons, \d+ questions in \d+ files, no problems$/),
    ]);
    expect(code).toBe(0);
  });

  it('exits 2 with one clear line for a folder that does not exist', () => {
    const { code, stdout, stderr } = runCli(['no/such/content']);
    expect(stderr).toBe('content:validate: no/such/content is not a directory');
    expect(stdout).toEqual(['']);
    expect(code).toBe(2);
  });
});
