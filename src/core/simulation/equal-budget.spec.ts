import {
  BudgetRun,
  budgetCsv,
  budgetTable,
  commonBudgets,
  compareAtBudgets,
  interpolateAt,
  meanCurves,
} from './equal-budget';

/** A policy's run at a cap: prompts spent and recall kept. */
const run = (policy: string, seed: string, cap: number, prompts: number, recall: number) =>
  ({ policy, seed, maxReviewsPerDay: cap, promptsPerLearnerDay: prompts, recall }) as BudgetRun;

describe('comparing policies at equal budgets', () => {
  it('interpolates linearly between the neighbouring points, whatever their order', () => {
    const curve = [
      { x: 3, y: 0.5 },
      { x: 1, y: 0.1 },
      { x: 2, y: 0.3 },
    ];
    expect(interpolateAt(curve, 1.5)).toBeCloseTo(0.2);
    expect(interpolateAt(curve, 2.75)).toBeCloseTo(0.45);
    expect(interpolateAt(curve, 3)).toBe(0.5);
  });

  it('never extrapolates beyond the curve', () => {
    const curve = [
      { x: 1, y: 0.1 },
      { x: 2, y: 0.3 },
    ];
    expect(interpolateAt(curve, 0.9)).toBeNull();
    expect(interpolateAt(curve, 2.1)).toBeNull();
    expect(interpolateAt([], 1)).toBeNull();
  });

  // fsrs spends 1..3 prompts a day, fixed 1.2..3.4: budgets 1.5, 2, 2.5, 3 lie within both.
  const runs = [
    run('fsrs', '1', 1, 1, 0.2),
    run('fsrs', '1', 5, 3, 0.6),
    run('fsrs', '2', 1, 1, 0.22),
    run('fsrs', '2', 5, 3, 0.62),
    run('fixed', '1', 1, 1.2, 0.1),
    run('fixed', '1', 5, 3.4, 0.32),
    run('fixed', '2', 1, 1.2, 0.12),
    run('fixed', '2', 5, 3.4, 0.34),
  ];

  it('chooses the budgets every policy and seed reaches', () => {
    expect(commonBudgets(runs)).toEqual([1.5, 2, 2.5, 3]);
    expect(commonBudgets([])).toEqual([]);
  });

  it('gives each policy’s recall at a budget over seeds, and the paired difference', () => {
    const [row] = compareAtBudgets(runs, [2], [['fsrs', 'fixed']]);
    expect(row.recall.fsrs!.mean).toBeCloseTo(0.41);
    expect(row.recall.fixed!.mean).toBeCloseTo(0.19);
    const diff = row.differences['fsrs − fixed']!;
    expect(diff.mean).toBeCloseTo(0.22);
    // The two seeds differ by the same amount: the paired interval has no width.
    expect(diff.high - diff.low).toBeCloseTo(0);
    expect(row.recall.fsrs!.high).toBeGreaterThan(row.recall.fsrs!.low);
  });

  it('marks a budget one seed’s curve does not reach as out of range', () => {
    const [row] = compareAtBudgets(runs, [1.1], [['fsrs', 'fixed']]);
    expect(row.recall.fsrs).not.toBeNull();
    expect(row.recall.fixed).toBeNull();
    expect(row.differences['fsrs − fixed']).toBeNull();
    expect(budgetTable([row])).toContain('out of range');
  });

  it('prints a Markdown table and a CSV with intervals', () => {
    const rows = compareAtBudgets(runs, [2], [['fsrs', 'fixed']]);
    const table = budgetTable(rows).split('\n');
    expect(table[0]).toBe('| prompts/learner/day | fsrs | fixed | fsrs − fixed (points) |');
    expect(table[2]).toMatch(/^\| 2\.00 \| 41\.0% ± \d+\.\d \| 19\.0% ± \d+\.\d \|/);
    expect(table[2]).toContain('+22.0 ± 0.0');
    expect(budgetCsv(rows).split('\n')[0]).toBe('budget,series,mean,low,high,seeds');
    expect(budgetCsv(rows)).toContain('2,fsrs,0.4100,');
    expect(budgetCsv(rows)).toContain('2,fsrs-fixed,0.2200,');
  });

  it('draws each policy’s mean curve, one point per cap', () => {
    const [fsrs] = meanCurves(runs);
    expect(fsrs.policy).toBe('fsrs');
    expect(fsrs.points.map((p) => p.maxReviewsPerDay)).toEqual([1, 5]);
    expect(fsrs.points[1].recall.mean).toBeCloseTo(0.61);
    expect(fsrs.points[1].prompts.mean).toBe(3);
  });
});
