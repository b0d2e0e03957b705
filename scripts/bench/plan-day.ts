import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PlannerCounts } from '../../src/modules/engine/planner.service';
import { RawDatabase } from './bench-database';

export interface PlanDayFigures {
  planMs: number;
  rawOutboxMs: number;
  ratio: number;
  started: number;
  bootRssMb: number;
  peakRssMb: number;
}

/**
 * Times one day's planning in a fresh service process, then the raw driver inserting as
 * many outbox rows, with the very bodies the planner queued, into an empty twin of its table.
 */
export async function benchPlanDay(raw: RawDatabase, target: PlanTarget): Promise<PlanDayFigures> {
  const plan = await planInChild(target);
  const rawOutboxMs = await rawOutboxInsert(raw, target.at);
  return {
    planMs: plan.ms,
    rawOutboxMs,
    ratio: plan.ms / rawOutboxMs,
    started: plan.counts.started,
    bootRssMb: plan.bootRssMb,
    peakRssMb: plan.peakRssMb,
  };
}

interface PlanTarget {
  databaseUrl: string;
  contentDir: string;
  at: Date;
  /** Where `node --cpu-prof` writes the planning process's profile, if anywhere. */
  profileDir?: string;
}

interface ChildResult {
  ms: number;
  counts: PlannerCounts;
  bootRssMb: number;
  peakRssMb: number;
}

const ROOT = join(__dirname, '..', '..');
let compiledChild: string | undefined;

/**
 * The planning process runs the service as production does: compiled (as `npm run build`
 * compiles it, into .bench-build/) and with the node flags of `npm run start:prod`. Under
 * ts-node the TypeScript compiler alone would add about 100 MB to its memory.
 */
function planInChild(target: PlanTarget): Promise<ChildResult> {
  compiledChild ??= compileService();
  const profile = target.profileDir ? ['--cpu-prof', '--cpu-prof-dir', target.profileDir] : [];
  const child = spawn(
    process.execPath,
    [
      ...serviceNodeFlags(),
      ...profile,
      compiledChild,
      target.databaseUrl,
      target.contentDir,
      target.at.toISOString(),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`the planning process exited with ${code}`));
      resolve(JSON.parse(output.trim().split('\n').pop()!) as ChildResult);
    });
  });
}

function compileService(): string {
  const tsc = require.resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.bench.json')], {
    stdio: 'inherit',
  });
  return join(ROOT, '.bench-build', 'scripts', 'bench', 'plan-day-child.js');
}

/** The node flags before the script in `npm run start:prod`, e.g. the heap cap. */
export function serviceNodeFlags(): string[] {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  return pkg.scripts['start:prod'].split(/\s+/).filter((word) => word.startsWith('--'));
}

const RAW_OUTBOX = 'bench_raw_outbox';

const OUTBOX_COLUMNS = [
  'learner_id',
  'dedupe_key',
  'kind',
  'body',
  'status',
  'attempts',
  'next_attempt_at',
  'created_at',
];

async function rawOutboxInsert(raw: RawDatabase, at: Date): Promise<number> {
  const planned = await raw.query<{ learner_id: number; body: string }>(
    'SELECT learner_id, body FROM outbox_messages ORDER BY id',
  );
  const now = raw.time(at);
  const rows = planned.map((m, i) => [
    m.learner_id,
    `bench-raw:${i}`,
    'lesson',
    m.body,
    'pending',
    0,
    now,
    now,
  ]);
  // An empty twin of the outbox, as the planner found it: deleting 100,000 rows from the real
  // one afterwards kept MariaDB purging them while the next figures were measured.
  await raw.emptyCopy('outbox_messages', RAW_OUTBOX);
  const started = process.hrtime.bigint();
  await raw.insert(RAW_OUTBOX, OUTBOX_COLUMNS, rows);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  await raw.query(`DROP TABLE ${RAW_OUTBOX}`);
  return ms;
}
