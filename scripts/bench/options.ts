import { parseArgs } from 'node:util';

const PARTS = ['progress', 'import', 'answers', 'plan'] as const;
type BenchPart = (typeof PARTS)[number];

export interface BenchCommand {
  enrollments: number;
  /** Learners in the cohort the progress figure reads (SPEC §6: 10,000). */
  cohortSize: number;
  /** Answers pushed through the inbound handler, and as many through the mock puppet. */
  answers: number;
  concurrency: number;
  skipMariadb: boolean;
  mariadbUrl?: string;
  contentDir: string;
  output: string;
  /**
   * One part alone: `progress` seeds as usual and skips the planning and the answers;
   * `answers` seeds and plans, then times the answers alone; `plan` seeds and times the
   * planning alone; `import` measures the CSV import.
   */
  only?: BenchPart;
  /** Where the planning process writes a V8 CPU profile (`node --cpu-prof`), if anywhere. */
  planProfileDir?: string;
}

export const USAGE = `Usage: npm run bench -- [--enrollments 100000] [--skip-mariadb] [--answers 2000]
  [--concurrency 8] [--output bench/results.json] [--only progress|answers|import|plan]
  [--plan-profile DIR]  (a CPU profile of the planning process, written into DIR)
MariaDB runs too when BENCH_DATABASE_URL is set (mariadb://root@127.0.0.1:3306/sc_bench);
the bench creates a fresh database next to the one named and drops it afterwards.`;

export function parseBenchArgs(argv: string[], env: NodeJS.ProcessEnv): BenchCommand {
  const { values } = parseArgs({
    args: argv,
    options: {
      enrollments: { type: 'string', default: '100000' },
      answers: { type: 'string' },
      concurrency: { type: 'string', default: '8' },
      'skip-mariadb': { type: 'boolean', default: false },
      output: { type: 'string', default: 'bench/results.json' },
      content: { type: 'string', default: env.CONTENT_DIR || './content' },
      only: { type: 'string' },
      'plan-profile': { type: 'string' },
    },
  });
  if (values.only !== undefined && !PARTS.includes(values.only as BenchPart)) {
    throw new Error(`--only takes ${PARTS.join(', ')} (got "${values.only}")`);
  }
  const enrollments = whole('enrollments', values.enrollments, 100);
  return {
    enrollments,
    cohortSize: Math.min(10_000, enrollments),
    answers: whole('answers', values.answers ?? String(defaultAnswers(enrollments)), 1),
    concurrency: whole('concurrency', values.concurrency, 1),
    skipMariadb: values['skip-mariadb'],
    mariadbUrl: env.BENCH_DATABASE_URL || undefined,
    contentDir: values.content,
    output: values.output,
    only: values.only as BenchPart | undefined,
    planProfileDir: values['plan-profile'],
  };
}

/** 2,000 at the default size (twenty beyond the p99); a tenth of smaller runs, at least 100. */
const defaultAnswers = (enrollments: number) =>
  Math.min(2000, Math.max(100, Math.floor(enrollments / 10)));

function whole(name: string, raw: string, min: number): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`--${name} must be a whole number of at least ${min} (got "${raw}")`);
  }
  return value;
}
