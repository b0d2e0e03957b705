import { computeDecayFactor, generatorParameters } from 'ts-fsrs';

/**
 * The forgetting curve of the weights core/srs schedules with, as ts-fsrs defines it:
 * recall = (1 + factor * t / stability) ^ decay, with t the whole days since the last
 * answer. The parameters come from ts-fsrs itself, so the report's SQL applies the same
 * curve to every stored card without shipping 200,000 cards to JavaScript.
 */
export const FORGETTING_CURVE: Readonly<{ decay: number; factor: number }> = computeDecayFactor(
  generatorParameters().w,
);

/** Ratios are reported to four decimals: exact enough, and stable in tests and CSV files. */
export const roundRatio = (value: number): number => Math.round(value * 10_000) / 10_000;

/** `part / whole`, or null when there is nothing to divide. */
export const ratio = (part: number, whole: number): number | null =>
  whole === 0 ? null : roundRatio(part / whole);
