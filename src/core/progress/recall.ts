import { computeDecayFactor, default_w } from 'ts-fsrs';

export type ForgettingCurve = Readonly<{ decay: number; factor: number }>;

/**
 * The forgetting curve of FSRS weights (a course's fitted set, else ts-fsrs's defaults), as
 * ts-fsrs defines it: recall = (1 + factor * t / stability) ^ decay, with t the whole days
 * since the last answer. The constants come from ts-fsrs itself, so the report's SQL applies
 * the curve core/srs schedules with to every stored card without shipping 200,000 cards to
 * JavaScript. A fit moves the decay (the last weight), so the curve follows the course's set.
 */
export const forgettingCurve = (parameters: readonly number[] = default_w): ForgettingCurve =>
  computeDecayFactor([...parameters]);

export const FORGETTING_CURVE: ForgettingCurve = forgettingCurve();

/** Ratios are reported to four decimals: exact enough, and stable in tests and CSV files. */
export const roundRatio = (value: number): number => Math.round(value * 10_000) / 10_000;

/** `part / whole`, or null when there is nothing to divide. */
export const ratio = (part: number, whole: number): number | null =>
  whole === 0 ? null : roundRatio(part / whole);
