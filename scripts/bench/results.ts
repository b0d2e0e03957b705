import { cpus, loadavg, totalmem } from 'node:os';
import { EngineFigures } from './engine-run';
import { InboundFigures } from './inbound';

export interface BenchResults {
  date: string;
  machine: ReturnType<typeof machine>;
  enrollments: number;
  cohortSize: number;
  seconds: number;
  engines: EngineFigures[];
}

export function machine() {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    /** Other work on the machine skews the figures; the 1-minute load when the run ended. */
    loadAverage: Number(loadavg()[0].toFixed(2)),
  };
}

type Row = [figure: string, target: string, value: (e: EngineFigures) => string];

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const ms = (value: number) => `${value.toFixed(0)} ms`;
const inbound = (f: InboundFigures) =>
  `${f.perSecond.toFixed(0)}/s; ${f.p50Ms.toFixed(0)}/${f.p95Ms.toFixed(0)}/${f.p99Ms.toFixed(0)} ms; CPU ${f.cpuMsPerAnswer.toFixed(1)} ms`;

function rows(r: BenchResults): Row[] {
  const cohort = r.cohortSize.toLocaleString('en');
  // `--only progress` leaves the planning and the answers out, `--only plan` the answers.
  const planned = r.engines.every((e) => e.plan);
  const answered = r.engines.every((e) => e.handler && e.puppet);
  const progress = r.engines.every((e) => e.progress) ? progressRows(cohort) : [];
  const dashboard = r.engines.every((e) => e.dashboard !== undefined) ? [dashboardRow(cohort)] : [];
  return [
    ...(planned ? planRows(r) : []),
    ...(answered ? answerRows(r) : []),
    ...progress,
    ...dashboard,
    ['(seeding through the raw driver)', '', (e) => `${e.seedSeconds.toFixed(1)} s`],
  ];
}

function progressRows(cohort: string): Row[] {
  return [
    [
      `cohort progress, ${cohort} learners: first; warm`,
      '< 1 s',
      (e) => `${ms(e.progress!.firstMs)}; ${ms(e.progress!.warmMs)}`,
    ],
    [
      'progress.csv: live heap growth; size',
      'constant',
      (e) =>
        `${e.progress!.csvPeakHeapMb.toFixed(1)} MB; ${(e.progress!.csvBytes / 2 ** 20).toFixed(1)} MB`,
    ],
    ['daily series, last 30 days: first call', '< 1 s', (e) => ms(e.progress!.seriesMs)],
    [
      'knowledge map, every answer: first call (answers)',
      '< 1 s',
      (e) =>
        `${ms(e.progress!.knowledgeMapMs)} (${e.progress!.knowledgeMapAnswers.toLocaleString('en')})`,
    ],
  ];
}

function dashboardRow(cohort: string): Row {
  return [
    `dashboard cohort page, ${cohort} learners: first render; again`,
    '< 2 s',
    ({ dashboard: d }) => (d ? `${ms(d.firstRenderMs)}; ${ms(d.againMs)}` : 'no Chromium'),
  ];
}

function planRows(r: BenchResults): Row[] {
  const n = r.enrollments.toLocaleString('en');
  return [
    [`plan one day, ${n} enrollments`, '', (e) => seconds(e.plan!.planMs)],
    [`raw insert of ${n} outbox rows`, '', (e) => seconds(e.plan!.rawOutboxMs)],
    ['planning / raw insert', '<= 3x', (e) => `${e.plan!.ratio.toFixed(1)}x`],
    ['peak RSS of the planning process', '< 300 MB', (e) => `${e.plan!.peakRssMb.toFixed(0)} MB`],
    ['(its RSS after start-up)', '', (e) => `${e.plan!.bootRssMb.toFixed(0)} MB`],
  ];
}

function answerRows(r: BenchResults): Row[] {
  return [
    [
      `answers via handler (x${r.engines[0]?.handler?.concurrency}): rate; p50/p95/p99; CPU each`,
      '>= 500/s; p99 < 50 ms',
      (e) => inbound(e.handler!),
    ],
    ['answers via mock puppet: rate; p50/p95/p99; CPU each', '', (e) => inbound(e.puppet!)],
    [
      '(answers graded of sent)',
      '',
      (e) => `${e.handler!.graded + e.puppet!.graded}/${e.handler!.answers + e.puppet!.answers}`,
    ],
  ];
}

/** One Markdown table: a row per figure, a column per database. */
export function resultsTable(r: BenchResults): string {
  const header = ['figure', 'target', ...r.engines.map((e) => e.engine)];
  const body = rows(r).map(([figure, target, value]) => [figure, target, ...r.engines.map(value)]);
  const all = [header, ...body];
  const widths = header.map((_, i) => Math.max(...all.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (i < 2 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`;
  const m = r.machine;
  return [
    `${r.date.slice(0, 10)}, ${m.cpu} (${m.cores} cores, ${m.memoryGb} GB), Node ${m.node}, ` +
      `load ${m.loadAverage}, ${r.seconds.toFixed(0)} s in all`,
    '',
    line(header),
    rule,
    ...body.map(line),
  ].join('\n');
}
