import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DayRecord, RunSummary } from '../src/core/simulation/run-summary';
import { parseSimulateArgs, POLICIES, SimulateCommand, USAGE } from './simulate/options';
import { daysCsv, dayLine, summaryCsv, summaryTable } from './simulate/report';
import { learnerModelName, loadLearnerModel } from './simulate/learner-models';
import { simulate } from './simulate/simulation';
import { simulationChart } from './simulate/svg-chart';

/**
 * `npm run simulate`: the engine on a simulated clock with synthetic learners who forget.
 * Every policy runs on its own fresh database with the same learners and the same seed.
 */
async function main(): Promise<void> {
  let command: SimulateCommand;
  try {
    command = parseSimulateArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
  const runs: Array<{ policy: string; days: DayRecord[]; summary: RunSummary }> = [];
  const learnerModel = {
    name: learnerModelName(command.learnerModel),
    create: loadLearnerModel(command.learnerModel),
  };
  for (const policy of command.policies) {
    const run = await simulate({
      ...command,
      learnerModel,
      policy: POLICIES[policy].create(),
      readsLessons: POLICIES[policy].readsLessons,
      onDay: (day) => process.stdout.write(`${dayLine(policy, command.days, day)}\n`),
    });
    runs.push({ policy, ...run });
  }
  const summaries = runs.map((r) => r.summary);
  process.stdout.write(
    `\n${command.learners} learners, ${command.days} days from ${command.startDate}, seed ${command.seed}\n`,
  );
  process.stdout.write(`${summaryTable(summaries)}\n`);
  if (command.csv) {
    write(command.csv, daysCsv(runs));
    write(command.csv.replace(/(\.csv)?$/, '.summary.csv'), summaryCsv(summaries));
  }
  if (command.svg) {
    write(
      command.svg,
      simulationChart(
        runs.map((r) => ({ name: r.policy, days: r.days })),
        command.learners,
      ),
    );
  }
}

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  process.stdout.write(`wrote ${path}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `simulate failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
