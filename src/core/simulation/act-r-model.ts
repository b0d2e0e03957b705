import { LearnerModel, LearnerModelOptions } from './learner-model';
import { learnerTraits, questionDifficulty } from './synthetic-learner';

/**
 * `--learner-model act-r`: ACT-R's declarative memory with activation-dependent decay
 * (Pavlik & Anderson 2005, Cognitive Science 29:559-586). Every exposure j leaves a trace
 * that decays as a power of its age t_j in seconds; what is recalled is the sum:
 *
 *   activation          m(t) = beta + ln( sum_j t_j^(-d_j) )
 *   decay of exposure j d_j  = c * e^(m at the time of exposure j) + a   (a for the first)
 *   recall probability  p    = 1 / (1 + e^((tau - m) / s))
 *
 * An exposure made while the memory is strong decays fast, which is ACT-R's account of the
 * spacing effect: structurally unlike the half-life model, and unlike FSRS.
 * beta = baseline + ln(learner skill) + (0.5 - question difficulty), skill and difficulty
 * drawn from the seed exactly as the half-life model draws them.
 */
export interface ActRParams {
  /** a: decay of an exposure made with nothing in memory. */
  decayIntercept: number;
  /** c: how much a strong memory speeds the decay of a new exposure. */
  decayScale: number;
  /** tau: the activation recalled half of the time. */
  threshold: number;
  /** s: the logistic's noise; smaller is steeper. */
  noise: number;
  /** The average learner's activation offset on an average question (calibrated). */
  baseline: number;
}

/**
 * a, c, tau and s as Pavlik & Anderson (2005) fitted them; the baseline is calibrated so that
 * one reading leaves 44% of the 20-minute recall after 6 days, as Ebbinghaus' savings do
 * (README, "Calibration"). Nothing here is tuned to any scheduling policy.
 */
export const ACT_R_DEFAULTS: ActRParams = {
  decayIntercept: 0.177,
  decayScale: 0.217,
  threshold: -0.704,
  noise: 0.255,
  baseline: 1.43,
};

/** One learner's exposures to one question: times (epoch ms) and the decay of each. */
export interface ActRTrace {
  timesMs: number[];
  decays: number[];
}

/** Exposures younger than a second count as one second old: t^-d is unbounded at 0. */
const MIN_AGE_SECONDS = 1;

/** ln(sum t_j^-d_j) at `atMs`, over the exposures made before it; -Infinity with none. */
export function traceStrength(trace: ActRTrace | undefined, atMs: number): number {
  let sum = 0;
  for (let j = 0; j < (trace?.timesMs.length ?? 0); j++) {
    if (trace!.timesMs[j] > atMs) continue;
    const age = Math.max(MIN_AGE_SECONDS, (atMs - trace!.timesMs[j]) / 1000);
    sum += Math.pow(age, -trace!.decays[j]);
  }
  return Math.log(sum);
}

export function recallFromActivation(activation: number, params: ActRParams): number {
  return 1 / (1 + Math.exp((params.threshold - activation) / params.noise));
}

/** The trace after one more exposure at `atMs` for a learner and question offset `beta`. */
export function withExposure(
  trace: ActRTrace | undefined,
  atMs: number,
  beta: number,
  params: ActRParams,
): ActRTrace {
  const before = beta + traceStrength(trace, atMs);
  const decay = params.decayScale * Math.exp(before) + params.decayIntercept;
  return {
    timesMs: [...(trace?.timesMs ?? []), atMs],
    decays: [...(trace?.decays ?? []), decay],
  };
}

export function createActRModel(
  { seed, learners }: LearnerModelOptions,
  params: ActRParams = ACT_R_DEFAULTS,
): LearnerModel {
  const learnerOffsets = Array.from({ length: learners }, (_, i) =>
    Math.log(learnerTraits(seed, i).skill),
  );
  const itemOffsets = new Map<string, number>();
  const traces = new Map<string, ActRTrace>();
  const betaOf = (learner: number, item: string) => {
    let offset = itemOffsets.get(item);
    if (offset === undefined) {
      offset = 0.5 - questionDifficulty(seed, item);
      itemOffsets.set(item, offset);
    }
    return params.baseline + learnerOffsets[learner] + offset;
  };
  const expose = (learner: number, item: string, atMs: number) => {
    const key = `${learner}:${item}`;
    traces.set(key, withExposure(traces.get(key), atMs, betaOf(learner, item), params));
  };
  return {
    study: expose,
    recall(learner, item, atMs) {
      const trace = traces.get(`${learner}:${item}`);
      if (!trace) return 0;
      return recallFromActivation(betaOf(learner, item) + traceStrength(trace, atMs), params);
    },
    // Right or wrong, the feedback shows the answer: one more exposure either way.
    attempt: (learner, item, atMs) => expose(learner, item, atMs),
  };
}
