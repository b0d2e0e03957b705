import { parseArgs } from 'node:util';
import { isLocalDate } from '../../src/core/planning/local-time';
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

export interface SimulateCommand {
  learners: number;
  days: number;
  policies: string[];
  seed: string;
  /** A built-in model's name or a plug-in's absolute path. */
  learnerModel: string;
  startDate: string;
  timezone: string;
  databaseUrl: string;
  contentDir: string;
  csv?: string;
  svg?: string;
}

export const USAGE = `Usage: npm run simulate -- [--learners 200] [--days 90] [--policy fsrs|qstream|qstream-3-6|fixed|all|a,b]
  [--seed 1] [--learner-model half-life|act-r|./model.cjs] [--csv out.csv] [--svg out.svg] [--start 2026-03-02] [--database sqlite::memory:]
  [--content ./content]`;

/** Reads the command line; throws an Error naming the bad option. */
export function parseSimulateArgs(argv: string[]): SimulateCommand {
  const { values } = parseArgs({
    args: argv,
    options: {
      learners: { type: 'string', default: '200' },
      days: { type: 'string', default: '90' },
      policy: { type: 'string', default: 'fsrs' },
      seed: { type: 'string', default: '1' },
      'learner-model': { type: 'string', default: 'half-life' },
      csv: { type: 'string' },
      svg: { type: 'string' },
      start: { type: 'string', default: '2026-03-02' },
      timezone: { type: 'string', default: 'Asia/Shanghai' },
      database: { type: 'string', default: 'sqlite::memory:' },
      content: { type: 'string', default: process.env.CONTENT_DIR || './content' },
    },
  });
  const policies =
    values.policy === 'all' ? MAIN_POLICIES : values.policy.split(',').map((p) => p.trim());
  const unknown = policies.find((p) => !(p in POLICIES));
  if (unknown !== undefined) {
    throw new Error(
      `--policy: unknown "${unknown}"; use ${Object.keys(POLICIES).join(', ')} or all`,
    );
  }
  if (!isLocalDate(values.start))
    throw new Error(`--start must be YYYY-MM-DD (got "${values.start}")`);
  return {
    learners: positive('learners', values.learners),
    days: positive('days', values.days),
    policies,
    seed: values.seed,
    learnerModel: learnerModelSource(values['learner-model']),
    startDate: values.start,
    timezone: values.timezone,
    databaseUrl: values.database,
    contentDir: values.content,
    csv: values.csv,
    svg: values.svg ?? values.csv?.replace(/(\.csv)?$/, '.svg'),
  };
}

function positive(name: string, raw: string): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`--${name} must be a whole number of at least 1 (got "${raw}")`);
  }
  return value;
}
