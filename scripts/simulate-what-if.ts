import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  BudgetRun,
  budgetTable,
  commonBudgets,
  compareAtBudgets,
  meanCurves,
} from '../src/core/simulation/equal-budget';
import { parseSeeds } from '../src/core/simulation/interval';
import { learnerModelName, learnerModelSource, loadLearnerModel } from './simulate/learner-models';
import { POLICIES } from './simulate/options';
import { readReplicaCourse } from './simulate/what-if/replica-course';
import { replicaRun } from './simulate/what-if/replica-run';
import { WHAT_IFS } from './simulate/what-if/what-ifs';

const USAGE = `Usage: npx ts-node -P tsconfig.simulate.json scripts/simulate-what-if.ts
  [--learners 40] [--days 90] [--seeds 1-2] [--caps 2,4,8] [--learner-model half-life]
  [--what-if engine,${Object.keys(WHAT_IFS).slice(1).join(',')}]
  [--baselines fixed,qstream] [--budgets 2,2.5]`;

const list = (value: string) => value.split(',').filter((v) => v !== '');

/**
 * Tries changes to the engine's FSRS policy in an in-memory replica of `npm run simulate`
 * (seconds a run instead of minutes), over caps and seeds, and compares them with the
 * baselines at equal budgets. A change that looks good here is then measured with the real
 * simulator; the replica is for deciding what is worth building.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      learners: { type: 'string', default: '40' },
      days: { type: 'string', default: '90' },
      seeds: { type: 'string', default: '1-2' },
      caps: { type: 'string', default: '2,4,8' },
      'learner-model': { type: 'string', default: 'half-life' },
      'what-if': { type: 'string', default: 'engine' },
      baselines: { type: 'string', default: 'fixed,qstream' },
      budgets: { type: 'string' },
      content: { type: 'string', default: './content' },
    },
  });
  const whatIfs = list(values['what-if']);
  const unknown = whatIfs.filter((name) => !(name in WHAT_IFS));
  if (unknown.length > 0) throw new Error(`unknown --what-if ${unknown.join(', ')}\n${USAGE}`);
  const source = learnerModelSource(values['learner-model']);
  const createModel = loadLearnerModel(source);
  const course = readReplicaCourse(resolve(values.content), 'internal-negotiation');
  const arms = [
    ...whatIfs.map((name) => ({ label: name === 'engine' ? 'fsrs' : name, policy: 'fsrs', name })),
    // `fixed:defer-lesson-questions`: a baseline with one of the what-ifs applied.
    ...list(values.baselines).map((arm) => {
      const [policy, name = 'engine'] = arm.split(':');
      return { label: arm, policy, name };
    }),
  ];
  const runs: BudgetRun[] = [];
  for (const arm of arms) {
    for (const cap of list(values.caps).map(Number)) {
      for (const seed of parseSeeds(values.seeds)) {
        const { create, readsLessons } = POLICIES[arm.policy];
        const result = await replicaRun({
          course,
          policy: create(),
          readsLessons,
          whatIf: WHAT_IFS[arm.name],
          createModel,
          learners: Number(values.learners),
          days: Number(values.days),
          cap,
          seed,
          startDate: '2026-03-02',
          timezone: 'Asia/Shanghai',
        });
        process.stdout.write(
          `${arm.label} cap ${cap} seed ${seed}: recall ${(100 * result.recall).toFixed(1)}% at ` +
            `${result.promptsPerLearnerDay.toFixed(2)} prompts/learner/day; true recall at ` +
            `review ${(100 * result.recallAtReview).toFixed(0)}%\n`,
        );
        runs.push({ policy: arm.label, seed, maxReviewsPerDay: cap, ...result });
      }
    }
  }
  const fsrsArms = arms.filter((a) => a.policy === 'fsrs').map((a) => a.label);
  const baselines = arms.filter((a) => a.policy !== 'fsrs').map((a) => a.label);
  const differences = fsrsArms.flatMap((a) => [
    ...baselines.map((b) => [a, b] as const),
    ...(a !== 'fsrs' && fsrsArms.includes('fsrs') ? [[a, 'fsrs'] as const] : []),
  ]);
  const budgets = values.budgets ? list(values.budgets).map(Number) : commonBudgets(runs);
  process.stdout.write(
    `\nReplica, ${learnerModelName(source)} learners, ${values.learners} x ${values.days} days\n`,
  );
  for (const curve of meanCurves(runs)) {
    const points = curve.points.map(
      (p) =>
        `cap ${p.maxReviewsPerDay}: ${(100 * p.recall.mean).toFixed(1)}% at ${p.prompts.mean.toFixed(2)}`,
    );
    process.stdout.write(`${curve.policy}: ${points.join('; ')}\n`);
  }
  process.stdout.write(`${budgetTable(compareAtBudgets(runs, budgets, differences))}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
