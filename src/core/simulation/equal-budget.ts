import { formatInterval, MeanInterval, meanInterval } from './interval';

/** One run of a sweep: what a policy spent and what its learners kept. */
export interface BudgetRun {
  policy: string;
  seed: string;
  maxReviewsPerDay: number;
  promptsPerLearnerDay: number;
  /** Recall at day D over every course question (RunSummary.recallEnd). */
  recall: number;
}

export interface CurvePoint {
  x: number;
  y: number;
}

/**
 * The curve's value at `x`, linear between the neighbouring points in order of x; null
 * outside the points' range: a comparison never extrapolates.
 */
export function interpolateAt(points: readonly CurvePoint[], x: number): number | null {
  const sorted = [...points].sort((a, b) => a.x - b.x);
  if (sorted.length === 0 || x < sorted[0].x || x > sorted[sorted.length - 1].x) return null;
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1], sorted[i]];
    if (x > b.x) continue;
    return b.x === a.x ? (a.y + b.y) / 2 : a.y + ((x - a.x) / (b.x - a.x)) * (b.y - a.y);
  }
  return sorted[0].y;
}

/** Each seed's curve of one policy: recall against prompts over the caps swept. */
function curvesBySeed(runs: readonly BudgetRun[], policy: string): Map<string, CurvePoint[]> {
  const curves = new Map<string, CurvePoint[]>();
  for (const run of runs.filter((r) => r.policy === policy)) {
    const curve = curves.get(run.seed) ?? [];
    curve.push({ x: run.promptsPerLearnerDay, y: run.recall });
    curves.set(run.seed, curve);
  }
  return curves;
}

/** Multiples of `step` that lie within every curve (every policy, every seed). */
export function commonBudgets(runs: readonly BudgetRun[], step = 0.5): number[] {
  const policies = [...new Set(runs.map((r) => r.policy))];
  const curves = policies.flatMap((p) => [...curvesBySeed(runs, p).values()]);
  if (curves.length === 0) return [];
  const low = Math.max(...curves.map((c) => Math.min(...c.map((p) => p.x))));
  const high = Math.min(...curves.map((c) => Math.max(...c.map((p) => p.x))));
  const budgets: number[] = [];
  for (let b = Math.ceil(low / step) * step; b <= high + 1e-9; b += step) {
    budgets.push(Number(b.toFixed(6)));
  }
  return budgets;
}

export interface BudgetRow {
  budget: number;
  /** Per policy: recall at this budget over seeds; null where a seed's curve does not reach it. */
  recall: Record<string, MeanInterval | null>;
  /** Per "a − b": the paired difference over seeds (same seed, same learners). */
  differences: Record<string, MeanInterval | null>;
}

/** Each policy's recall interpolated to each budget, and the paired differences asked for. */
export function compareAtBudgets(
  runs: readonly BudgetRun[],
  budgets: readonly number[],
  differences: ReadonlyArray<readonly [string, string]>,
): BudgetRow[] {
  const policies = [...new Set(runs.map((r) => r.policy))];
  const curves = new Map(policies.map((p) => [p, curvesBySeed(runs, p)]));
  const seeds = [...new Set(runs.map((r) => r.seed))];
  return budgets.map((budget) => {
    const at = (policy: string) =>
      seeds.map((seed) => {
        const curve = curves.get(policy)?.get(seed);
        return curve ? interpolateAt(curve, budget) : null;
      });
    const recall = Object.fromEntries(policies.map((p) => [p, intervalOf(at(p))]));
    const diffs = differences.map(([a, b]) => {
      const [va, vb] = [at(a), at(b)];
      const paired = va.map((v, i) => (v === null || vb[i] === null ? null : v - vb[i]!));
      return [`${a} − ${b}`, intervalOf(paired)] as const;
    });
    return { budget, recall, differences: Object.fromEntries(diffs) };
  });
}

function intervalOf(values: Array<number | null>): MeanInterval | null {
  if (values.length === 0 || values.some((v) => v === null)) return null;
  return meanInterval(values as number[]);
}

export interface CurveSummary {
  policy: string;
  points: Array<{ maxReviewsPerDay: number; prompts: MeanInterval; recall: MeanInterval }>;
}

/** Each policy's mean curve over seeds, one point per cap, for the plot. */
export function meanCurves(runs: readonly BudgetRun[]): CurveSummary[] {
  const policies = [...new Set(runs.map((r) => r.policy))];
  return policies.map((policy) => {
    const mine = runs.filter((r) => r.policy === policy);
    const caps = [...new Set(mine.map((r) => r.maxReviewsPerDay))].sort((a, b) => a - b);
    return {
      policy,
      points: caps.map((cap) => {
        const atCap = mine.filter((r) => r.maxReviewsPerDay === cap);
        return {
          maxReviewsPerDay: cap,
          prompts: meanInterval(atCap.map((r) => r.promptsPerLearnerDay)),
          recall: meanInterval(atCap.map((r) => r.recall)),
        };
      }),
    };
  });
}

/** The comparison as Markdown: recall in %, differences in percentage points. */
export function budgetTable(rows: readonly BudgetRow[]): string {
  if (rows.length === 0) return 'No budget lies within every policy’s curve.';
  const policies = Object.keys(rows[0].recall);
  const diffs = Object.keys(rows[0].differences);
  const header = ['prompts/learner/day', ...policies, ...diffs.map((d) => `${d} (points)`)];
  const body = rows.map((row) => [
    row.budget.toFixed(2),
    ...policies.map((p) => cell(row.recall[p], (i) => formatInterval(i, 1, '%'))),
    ...diffs.map((d) => cell(row.differences[d], signedPoints)),
  ]);
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    line(header),
    line(header.map((_, i) => (i === 0 ? '---' : '---:'))),
    ...body.map(line),
  ].join('\n');
}

const cell = (interval: MeanInterval | null, format: (i: MeanInterval) => string) =>
  interval === null ? 'out of range' : format(interval);

function signedPoints(interval: MeanInterval): string {
  const f = (v: number) => `${v >= 0 ? '+' : '−'}${Math.abs(v * 100).toFixed(1)}`;
  if (interval.n === 1) return f(interval.mean);
  return `${f(interval.mean)} ± ${Math.abs(((interval.high - interval.low) / 2) * 100).toFixed(1)}`;
}

/** One row per budget and policy or difference: mean, interval bounds, seeds. */
export function budgetCsv(rows: readonly BudgetRow[]): string {
  const lines = ['budget,series,mean,low,high,seeds'];
  for (const row of rows) {
    const series = { ...row.recall, ...row.differences };
    for (const [title, i] of Object.entries(series)) {
      const name = title.replace(' − ', '-');
      lines.push(
        i === null
          ? `${row.budget},${name},,,,`
          : [row.budget, name, i.mean.toFixed(4), i.low.toFixed(4), i.high.toFixed(4), i.n].join(
              ',',
            ),
      );
    }
  }
  return lines.join('\n') + '\n';
}
