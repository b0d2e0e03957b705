import { LearnerModel, LearnerModelOptions } from './learner-model';
import {
  afterAttempt,
  ease,
  firstExposure,
  MEMORY_DEFAULTS,
  MemoryParams,
  MemoryTrace,
  recallProbability,
} from './memory-model';
import { SeededRandom } from './seeded-random';
import { learnerTraits, questionDifficulty } from './synthetic-learner';

/**
 * `--learner-model half-life`: exponential forgetting (memory-model.ts) behind the plug-in
 * interface. Skill and question difficulty come from the seed as they always did; the noise
 * of a recall's growth comes from the model's own stream per learner.
 */
export function createHalfLifeModel(
  { seed, learners }: LearnerModelOptions,
  params: MemoryParams = MEMORY_DEFAULTS,
): LearnerModel {
  const skills = Array.from({ length: learners }, (_, i) => learnerTraits(seed, i).skill);
  const noise = Array.from({ length: learners }, (_, i) => new SeededRandom(seed, 'memory', i));
  const difficulties = new Map<string, number>();
  const traces = new Map<string, MemoryTrace>();
  const easeOf = (learner: number, item: string) => {
    let difficulty = difficulties.get(item);
    if (difficulty === undefined) {
      difficulty = questionDifficulty(seed, item);
      difficulties.set(item, difficulty);
    }
    return ease(skills[learner], difficulty);
  };
  return {
    // A second reading changes nothing: the first exposure is what a lesson gives.
    study(learner, item, atMs) {
      const key = `${learner}:${item}`;
      if (!traces.has(key)) traces.set(key, firstExposure(easeOf(learner, item), atMs, params));
    },
    recall(learner, item, atMs) {
      return recallProbability(traces.get(`${learner}:${item}`), atMs);
    },
    // A question never studied is first learnt from the feedback.
    attempt(learner, item, atMs, recalled) {
      const key = `${learner}:${item}`;
      const trace = traces.get(key);
      const itemEase = easeOf(learner, item);
      const attempt = { recalled, atMs, itemEase, noise: noise[learner].normal() };
      traces.set(
        key,
        trace ? afterAttempt(trace, attempt, params) : firstExposure(itemEase, atMs, params),
      );
    },
  };
}
