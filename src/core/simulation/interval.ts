/** A mean over runs (one per seed) and its 95% confidence interval. */
export interface MeanInterval {
  mean: number;
  /** Bounds of the 95% interval; equal to the mean when there is a single run. */
  low: number;
  high: number;
  n: number;
}

/** Student's t, two-sided 95% (the 0.975 quantile), by degrees of freedom 1..30. */
const T_975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145,
  2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048,
  2.045, 2.042,
];

/** The t quantile for a two-sided 95% interval; 30 degrees of freedom stand for more. */
export function tQuantile975(degreesOfFreedom: number): number {
  if (!Number.isInteger(degreesOfFreedom) || degreesOfFreedom < 1) {
    throw new RangeError(`degrees of freedom must be a whole number >= 1, got ${degreesOfFreedom}`);
  }
  // Beyond 30 the table's last entry overstates t by under 4%: a slightly wider interval.
  return T_975[Math.min(degreesOfFreedom, T_975.length) - 1];
}

/**
 * The mean of `values` with a t-interval: the seeds are a small sample of possible worlds,
 * so the interval says how far another set of seeds might move the mean.
 */
export function meanInterval(values: readonly number[]): MeanInterval {
  const n = values.length;
  if (n === 0) throw new RangeError('no values to average');
  const mean = values.reduce((a, b) => a + b, 0) / n;
  if (n === 1) return { mean, low: mean, high: mean, n };
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1);
  const half = tQuantile975(n - 1) * Math.sqrt(variance / n);
  return { mean, low: mean - half, high: mean + half, n };
}

/** "31.2% ± 2.2" (the 95% interval's half-width) or "31.2%" for a single run. */
export function formatInterval(
  interval: MeanInterval,
  digits: number,
  unit: '%' | '' = '',
): string {
  const scale = unit === '%' ? 100 : 1;
  const f = (v: number) => `${(v * scale).toFixed(digits)}`;
  if (interval.n === 1) return `${f(interval.mean)}${unit}`;
  return `${f(interval.mean)}${unit} ± ${f((interval.high - interval.low) / 2)}`;
}

/** Parses `1-5` or `1,3,7` into seeds; throws an Error naming the flag on anything else. */
export function parseSeeds(raw: string): string[] {
  const range = /^(\d+)-(\d+)$/.exec(raw.trim());
  if (range) {
    const [from, to] = [Number(range[1]), Number(range[2])];
    if (to < from || to - from >= 1000) {
      throw new Error(
        `--seeds: "${raw}" must run from a number to a larger one, at most 1000 seeds`,
      );
    }
    return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
  }
  const seeds = raw.split(',').map((s) => s.trim());
  if (seeds.some((s) => s === '') || new Set(seeds).size !== seeds.length) {
    throw new Error(
      `--seeds: "${raw}" must be a range like 1-5 or a list like 1,3,7 without repeats`,
    );
  }
  return seeds;
}
