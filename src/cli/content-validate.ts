import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatProblem } from '../core/content/course-model';
import { ContentValidation, validateContentDir } from '../infra/content/content-reader';

/**
 * `npm run content:validate [dir] [-- --strict]`: exit 1 on any error (with --strict, on any
 * warning too), 0 otherwise, 2 on a bad dir.
 */
async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { strict: { type: 'boolean', default: false } },
  });
  const dir = positionals[0] ?? process.env.CONTENT_DIR ?? './content';
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    process.stderr.write(`content:validate: ${dir} is not a directory\n`);
    return 2;
  }
  const result = await validateContentDir(dir);
  for (const problem of result.problems) process.stdout.write(`${formatProblem(problem)}\n`);
  process.stdout.write(`${summary(result)}\n`);
  const failing = values.strict
    ? result.problems
    : result.problems.filter((p) => p.severity === 'error');
  return failing.length > 0 ? 1 : 0;
}

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

function summary({ courses, problems, fileCount }: ContentValidation): string {
  const files = count(fileCount, 'file');
  if (problems.length > 0) {
    const errors = problems.filter((p) => p.severity === 'error').length;
    return `${count(errors, 'error')}, ${count(problems.length - errors, 'warning')} in ${files}`;
  }
  const lessons = courses.flatMap((c) => c.lessons);
  const questions = lessons.flatMap((l) => l.questions);
  return `OK: ${count(courses.length, 'course')}, ${count(lessons.length, 'lesson')}, ${count(questions.length, 'question')} in ${files}, no problems`;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(
      `content:validate: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 2;
  },
);
