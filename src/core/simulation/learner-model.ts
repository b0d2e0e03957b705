/**
 * The plug-in interface of the simulator's learners (SPEC §9). A model holds what every
 * synthetic learner remembers; the simulator tells it what happened and asks what is recalled.
 *
 * - `learner` is 0..learners-1, `item` a question's global id `<course>/<lesson>/<question>`.
 * - `study`: a reading that shows the answer (the day's lesson).
 * - `recall`: the probability that the learner recalls the answer at `atMs`; it must not
 *   change the memory, since the simulator also calls it to measure.
 * - `attempt`: a recall attempt, right or wrong as `recalled` says, including the feedback
 *   that follows it (which shows the answer).
 */
export interface LearnerModel {
  study(learner: number, item: string, atMs: number): void;
  recall(learner: number, item: string, atMs: number): number;
  attempt(learner: number, item: string, atMs: number, recalled: boolean): void;
}

export interface LearnerModelOptions {
  /** The run's seed: a model draws its randomness from it alone, for reproducible runs. */
  seed: string;
  learners: number;
}

export type CreateLearnerModel = (options: LearnerModelOptions) => LearnerModel;

/**
 * The model a plug-in created, checked to have the three functions; `source` names the
 * plug-in in the error.
 */
export function checkedLearnerModel(model: unknown, source: string): LearnerModel {
  const missing = ['study', 'recall', 'attempt'].filter(
    (name) => typeof (model as Record<string, unknown> | null)?.[name] !== 'function',
  );
  if (missing.length > 0) {
    throw new Error(
      `${source}: createLearnerModel() must return an object with functions study, recall ` +
        `and attempt; missing ${missing.join(', ')}`,
    );
  }
  return model as LearnerModel;
}

/** A recall probability from a model, refused unless it is a number in [0, 1]. */
export function checkedProbability(value: number, source: string, item: string): number {
  if (!(value >= 0 && value <= 1)) {
    throw new Error(`${source}: recall() gave ${String(value)} for ${item}; expected 0..1`);
  }
  return value;
}
