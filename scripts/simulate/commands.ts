import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { calibrate } from '../../src/core/simulation/calibration';
import {
  BudgetRun,
  budgetCsv,
  budgetTable,
  commonBudgets,
  compareAtBudgets,
  meanCurves,
} from '../../src/core/simulation/equal-budget';
import { budgetChart } from './budget-chart';
import { learnerModelName, loadLearnerModel } from './learner-models';
import { SimulateCommand } from './options';
import { daysCsv, dayLine, summaryCsv, summaryTable } from './report';
import { runInChildren } from './run-pool';
import { runOne, RunSpec } from './run-spec';
import { SimulationRun } from './simulation';
import { simulationChart } from './svg-chart';

const say = (line: string) => process.stdout.write(`${line}\n`);

/** Every policy and seed: one run in this process with a line a day, several in children. */
export async function runPolicies(command: SimulateCommand): Promise<void> {
  const specs = command.seeds.flatMap((seed) =>
    command.policies.map((policy) => spec(command, policy, seed, command.maxReviewsPerDay)),
  );
  const runs = await runAll(command, specs, (s) => (day) => say(dayLine(s.policy, s.days, day)));
  say(`\n${describe(command)}`);
  say(summaryTable(runs.map((r) => r.summary)));
  if (command.csv) {
    write(command.csv, daysCsv(runs));
    write(command.csv.replace(/(\.csv)?$/, '.summary.csv'), summaryCsv(runs.map((r) => r.summary)));
  }
  if (command.svg) {
    const series = runs.map((r) => ({
      name: command.seeds.length > 1 ? `${r.summary.policy} s${r.summary.seed}` : r.summary.policy,
      days: r.days,
    }));
    write(command.svg, simulationChart(series, command.learners));
  }
}

/** `--compare`: every policy over every cap and seed, then recall at equal budgets. */
export async function comparePolicies(command: SimulateCommand): Promise<void> {
  const { caps, budgets } = command.compare!;
  const specs = command.policies.flatMap((policy) =>
    caps.flatMap((cap) => command.seeds.map((seed) => spec(command, policy, seed, cap))),
  );
  say(`${specs.length} runs, ${Math.min(command.jobs, specs.length)} at a time`);
  const runs = await runAll(command, specs);
  const summaries = runs.map((r) => r.summary);
  const points: BudgetRun[] = summaries.map((s) => ({ ...s, recall: s.recallEnd }));
  const differences = command.policies.includes('fsrs')
    ? command.policies.filter((p) => p !== 'fsrs').map((p) => ['fsrs', p] as const)
    : [];
  const rows = compareAtBudgets(points, budgets ?? commonBudgets(points), differences);
  say(`\n${describe(command)}, caps ${caps.join(', ')}`);
  say(summaryTable(summaries));
  say('\nRecall at day D over every course item, interpolated to equal prompts per learner-day:');
  say(budgetTable(rows));
  if (command.csv) {
    write(command.csv, budgetCsv(rows));
    write(command.csv.replace(/(\.csv)?$/, '.runs.csv'), summaryCsv(summaries));
  }
  if (command.svg) {
    const title = `Recall at day ${command.days} vs prompts (${learnerModelName(command.learnerModel)})`;
    write(command.svg, budgetChart(meanCurves(points), title));
  }
}

/** `--calibrate`: the learner model's figures next to the published ones. */
export function printCalibration(command: SimulateCommand): void {
  const figures = calibrate(loadLearnerModel(command.learnerModel));
  say(`| measure (${learnerModelName(command.learnerModel)}) | published | model | source |`);
  say('| --- | ---: | ---: | --- |');
  for (const { target, value } of figures) {
    const published = target.target === null ? '> 1' : target.target.toFixed(2);
    say(`| ${target.measure} | ${published} | ${value.toFixed(2)} | ${target.source} |`);
  }
}

function runAll(
  command: SimulateCommand,
  specs: RunSpec[],
  onDay?: (spec: RunSpec) => Parameters<typeof runOne>[1],
): Promise<SimulationRun[]> {
  if (specs.length === 1) {
    return runOne(specs[0], onDay?.(specs[0]), say).then((run) => [run]);
  }
  if (!command.databaseUrl.startsWith('sqlite::memory:')) {
    throw new Error('--database: several runs each need their own in-memory SQLite database');
  }
  return runInChildren(specs, command.jobs, say);
}

function spec(command: SimulateCommand, policy: string, seed: string, cap?: number): RunSpec {
  return {
    policy,
    seed,
    maxReviewsPerDay: cap,
    lessonQuestions: command.lessonQuestions,
    learnerModel: command.learnerModel,
    learners: command.learners,
    days: command.days,
    startDate: command.startDate,
    timezone: command.timezone,
    databaseUrl: command.databaseUrl,
    contentDir: command.contentDir,
  };
}

function describe(command: SimulateCommand): string {
  return (
    `${command.learners} learners, ${command.days} days from ${command.startDate}, ` +
    `seed${command.seeds.length > 1 ? 's' : ''} ${command.seeds.join(', ')}, ` +
    `learner model ${learnerModelName(command.learnerModel)}, ` +
    `lesson questions ${command.lessonQuestions}`
  );
}

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  say(`wrote ${path}`);
}
