/**
 * The synthetic learners' memory: exponential forgetting with a half-life per learner and
 * question (as in half-life regression, Settles & Meeder 2016), deliberately not FSRS, so that
 * FSRS is judged on a world it was not built from.
 *
 *   recall probability t days after the last exposure: p = 2^(-t / h)
 *   ease of a question for a learner:                  e = skill * (1.5 - difficulty)
 *   first exposure (reading the lesson, or the feedback on a question never studied):
 *                                                      h = initialHalfLifeDays * e
 *   a recall at least massedLagDays after the last exposure:
 *                                                      h = h * (1 + (growth - 1) * e) * noise
 *   a failed recall:                                   h = max(h * lapseFactor, initialHalfLifeDays * e)
 *
 * Every answer, right or wrong, restarts the clock t, because feedback follows it; after a
 * failure the feedback shows the answer and why, a fresh study worth at least one reading.
 */
export interface MemoryParams {
  /** Half-life after one reading, for an average learner and question. */
  initialHalfLifeDays: number;
  /** Half-life multiplier of a spaced recall, for an average learner and question. */
  growth: number;
  /** Half-life multiplier of a failed recall. */
  lapseFactor: number;
  /** A recall sooner than this after the last exposure is massed practice: no growth. */
  massedLagDays: number;
  /** Standard deviation of the log of the growth's noise factor. */
  growthNoiseSd: number;
}

/**
 * The initial half-life is calibrated so that one reading leaves 44% of the 20-minute recall
 * after 6 days, as Ebbinghaus' savings do (README, "Calibration"); the rest are the model's
 * assumptions, never tuned to any scheduling policy.
 */
export const MEMORY_DEFAULTS: MemoryParams = {
  initialHalfLifeDays: 5,
  growth: 2.5,
  lapseFactor: 0.5,
  massedLagDays: 0.5,
  growthNoiseSd: 0.2,
};

/** One learner's memory of one question. */
export interface MemoryTrace {
  halfLifeDays: number;
  /** Epoch milliseconds of the last exposure. */
  lastExposureMs: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** How easy a question is for a learner: 1 on average, higher for skilled learners and easy items. */
export function ease(skill: number, difficulty: number): number {
  return skill * (1.5 - difficulty);
}

/** The true probability that the learner recalls the answer at `atMs`; 0 if never studied. */
export function recallProbability(trace: MemoryTrace | undefined, atMs: number): number {
  if (!trace) return 0;
  const days = Math.max(0, atMs - trace.lastExposureMs) / DAY_MS;
  return Math.pow(2, -days / trace.halfLifeDays);
}

export function firstExposure(
  itemEase: number,
  atMs: number,
  params: MemoryParams = MEMORY_DEFAULTS,
): MemoryTrace {
  return { halfLifeDays: params.initialHalfLifeDays * itemEase, lastExposureMs: atMs };
}

/**
 * The trace after an attempt at `atMs`. `noise` is a standard normal draw; it scales only the
 * growth of a recall, so a run is reproducible from its draws.
 */
export function afterAttempt(
  trace: MemoryTrace,
  attempt: { recalled: boolean; itemEase: number; atMs: number; noise: number },
  params: MemoryParams = MEMORY_DEFAULTS,
): MemoryTrace {
  const lagDays = (attempt.atMs - trace.lastExposureMs) / DAY_MS;
  let halfLifeDays: number;
  if (!attempt.recalled) {
    const relearnt = params.initialHalfLifeDays * attempt.itemEase;
    halfLifeDays = Math.max(relearnt, trace.halfLifeDays * params.lapseFactor);
  } else if (lagDays < params.massedLagDays) {
    halfLifeDays = trace.halfLifeDays;
  } else {
    const growth = 1 + (params.growth - 1) * attempt.itemEase;
    halfLifeDays = trace.halfLifeDays * growth * Math.exp(params.growthNoiseSd * attempt.noise);
  }
  return { halfLifeDays, lastExposureMs: attempt.atMs };
}
