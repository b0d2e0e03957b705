import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import {
  COHORT_DEFAULTS,
  LESSON_QUESTIONS,
  LessonQuestions,
} from '../../src/core/enrollment/cohort-settings';
import { isLocalDate } from '../../src/core/planning/local-time';
import { parseSeeds } from '../../src/core/simulation/interval';
import { FixedIntervalsPolicy } from '../../src/core/srs/policy-fixed';
import { QSTREAM_3_6, QstreamPolicy } from '../../src/core/srs/policy-qstream';
import { FsrsPolicy, SchedulingPolicy } from '../../src/core/srs/policy';
import { learnerModelSource } from './learner-models';

export interface SimulatedPolicy {
  create: () => SchedulingPolicy;
  /** False where the policy asks each question before its answer is shown (Qstream). */
  readsLessons: boolean;
}

export const POLICIES: Record<string, SimulatedPolicy> = {
  fsrs: { create: () => new FsrsPolicy(), readsLessons: true },
  qstream: { create: () => new QstreamPolicy(), readsLessons: false },
  fixed: { create: () => new FixedIntervalsPolicy(), readsLessons: true },
  'qstream-3-6': { create: () => new QstreamPolicy(QSTREAM_3_6), readsLessons: false },
};

/** What `--policy all` runs: the three policies SPEC §9 compares. */
export const MAIN_POLICIES = ['fsrs', 'qstream', 'fixed'];

/** The largest cap a cohort accepts (cohort-settings.ts). */
const MAX_CAP = 50;

export interface SimulateCommand {
  learners: number;
  days: number;
  policies: string[];
  seeds: string[];
  /** A built-in model's name or a plug-in's absolute path. */
  learnerModel: string;
  /** The cohort's daily review cap for every policy; the cohort default when absent. */
  maxReviewsPerDay?: number;
  /** When a lesson's questions are first asked, for the policies that teach first. */
  lessonQuestions: LessonQuestions;
  startDate: string;
  timezone: string;
  databaseUrl: string;
  contentDir: string;
  /** Child processes at once when there are several runs. */
  jobs: number;
  /** `--compare`: every policy over these caps, compared at equal budgets. */
  compare?: { caps: number[]; budgets?: number[] };
  /** `--calibrate`: the learner model against the published figures, no simulation. */
  calibrate: boolean;
  csv?: string;
  svg?: string;
}

export const USAGE = `Usage: npm run simulate -- [--learners 200] [--days 90]
  [--policy fsrs|qstream|qstream-3-6|fixed|all|a,b] [--seed 1 | --seeds 1-5 | --seeds 1,3,7]
  [--learner-model half-life|act-r|./model.cjs] [--max-reviews-per-day 5]
  [--lesson-questions same-session|next-session]
  [--compare --caps 1,2,3,5,8 [--budgets 1.5,2,2.5,3]] [--jobs N] [--calibrate]
  [--csv out.csv] [--svg out.svg] [--start 2026-03-02] [--database sqlite::memory:]
  [--content ./content]`;

/** Reads the command line; throws an Error naming the bad option. */
export function parseSimulateArgs(argv: string[]): SimulateCommand {
  const { values } = parseArgs({
    args: argv,
    options: {
      learners: { type: 'string', default: '200' },
      days: { type: 'string', default: '90' },
      policy: { type: 'string' },
      seed: { type: 'string' },
      seeds: { type: 'string' },
      'learner-model': { type: 'string', default: 'half-life' },
      'max-reviews-per-day': { type: 'string' },
      'lesson-questions': { type: 'string', default: COHORT_DEFAULTS.lessonQuestions },
      compare: { type: 'boolean', default: false },
      caps: { type: 'string' },
      budgets: { type: 'string' },
      jobs: { type: 'string', default: String(availableParallelism()) },
      calibrate: { type: 'boolean', default: false },
      csv: { type: 'string' },
      svg: { type: 'string' },
      start: { type: 'string', default: '2026-03-02' },
      timezone: { type: 'string', default: 'Asia/Shanghai' },
      database: { type: 'string', default: 'sqlite::memory:' },
      content: { type: 'string', default: process.env.CONTENT_DIR || './content' },
    },
  });
  if (values.seed !== undefined && values.seeds !== undefined) {
    throw new Error('--seed and --seeds: give one of them');
  }
  if (!isLocalDate(values.start))
    throw new Error(`--start must be YYYY-MM-DD (got "${values.start}")`);
  const cap = values['max-reviews-per-day'];
  const lessonQuestions = values['lesson-questions'];
  if (!(LESSON_QUESTIONS as readonly string[]).includes(lessonQuestions)) {
    throw new Error(
      `--lesson-questions must be ${LESSON_QUESTIONS.join(' or ')} (got "${lessonQuestions}")`,
    );
  }
  return {
    learners: whole('learners', values.learners, 1),
    days: whole('days', values.days, 1),
    policies: policies(values.policy ?? (values.compare ? 'all' : 'fsrs')),
    seeds: values.seeds === undefined ? [values.seed ?? '1'] : parseSeeds(values.seeds),
    learnerModel: learnerModelSource(values['learner-model']),
    maxReviewsPerDay: cap === undefined ? undefined : whole('max-reviews-per-day', cap, 0, MAX_CAP),
    lessonQuestions: lessonQuestions as LessonQuestions,
    startDate: values.start,
    timezone: values.timezone,
    databaseUrl: values.database,
    contentDir: values.content,
    jobs: whole('jobs', values.jobs, 1),
    compare: comparison(values),
    calibrate: values.calibrate,
    csv: values.csv,
    svg: values.svg ?? values.csv?.replace(/(\.csv)?$/, '.svg'),
  };
}

function policies(raw: string): string[] {
  const names = raw === 'all' ? MAIN_POLICIES : raw.split(',').map((p) => p.trim());
  const unknown = names.find((p) => !(p in POLICIES));
  if (unknown !== undefined) {
    throw new Error(
      `--policy: unknown "${unknown}"; use ${Object.keys(POLICIES).join(', ')} or all`,
    );
  }
  return names;
}

function comparison(values: {
  compare: boolean;
  caps?: string;
  budgets?: string;
  'max-reviews-per-day'?: string;
}): SimulateCommand['compare'] {
  if (!values.compare) {
    if (values.caps !== undefined || values.budgets !== undefined) {
      throw new Error('--caps and --budgets go with --compare');
    }
    return undefined;
  }
  if (values['max-reviews-per-day'] !== undefined) {
    throw new Error('--compare sweeps the caps given by --caps; drop --max-reviews-per-day');
  }
  if (values.caps === undefined) throw new Error('--compare needs --caps, e.g. --caps 1,2,3,5,8');
  const caps = values.caps.split(',').map((c) => whole('caps', c.trim(), 0, MAX_CAP));
  if (caps.length < 2) throw new Error('--caps: give at least two caps to draw a curve');
  const budgets = values.budgets?.split(',').map((b) => {
    const budget = Number(b.trim());
    if (!(budget > 0)) throw new Error(`--budgets: "${b}" is not a positive number`);
    return budget;
  });
  return { caps: [...new Set(caps)].sort((a, b) => a - b), budgets };
}

function whole(name: string, raw: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
    throw new Error(`--${name} must be a whole number ${range} (got "${raw}")`);
  }
  return value;
}
