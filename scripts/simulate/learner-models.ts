import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { createActRModel } from '../../src/core/simulation/act-r-model';
import { createHalfLifeModel } from '../../src/core/simulation/half-life-model';
import {
  checkedLearnerModel,
  checkedProbability,
  CreateLearnerModel,
  LearnerModel,
} from '../../src/core/simulation/learner-model';

export const LEARNER_MODELS: Record<string, CreateLearnerModel> = {
  'half-life': createHalfLifeModel,
  'act-r': createActRModel,
};

/** A built-in model by name, or a plug-in by path: an absolute path for a child process. */
export function learnerModelSource(nameOrPath: string): string {
  if (nameOrPath in LEARNER_MODELS) return nameOrPath;
  if (!/[/\\.]/.test(nameOrPath)) {
    throw new Error(
      `--learner-model: unknown "${nameOrPath}"; use ${Object.keys(LEARNER_MODELS).join(', ')} ` +
        'or a path to a CommonJS module exporting createLearnerModel',
    );
  }
  const path = resolve(nameOrPath);
  if (!existsSync(path)) throw new Error(`--learner-model: no file ${path}`);
  return path;
}

/** How runs and reports name a model: a plug-in by its file name. */
export function learnerModelName(source: string): string {
  return source in LEARNER_MODELS ? source : basename(source);
}

/**
 * The factory a source names; a plug-in's models are checked as they are created and every
 * recall it gives must be a probability, so a broken plug-in fails with its file's name.
 */
export function loadLearnerModel(source: string): CreateLearnerModel {
  const builtIn = LEARNER_MODELS[source];
  if (builtIn) return builtIn;
  let plugin: { createLearnerModel?: unknown };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    plugin = require(source) as { createLearnerModel?: unknown };
  } catch (error) {
    throw new Error(`--learner-model ${source} failed to load: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const create = plugin?.createLearnerModel;
  if (typeof create !== 'function') {
    throw new Error(
      `--learner-model ${source} does not export a function createLearnerModel({ seed, learners })`,
    );
  }
  return (options) => {
    const model = checkedLearnerModel((create as CreateLearnerModel)(options), source);
    return guarded(model, source);
  };
}

function guarded(model: LearnerModel, source: string): LearnerModel {
  return {
    study: (learner, item, atMs) => model.study(learner, item, atMs),
    recall: (learner, item, atMs) =>
      checkedProbability(model.recall(learner, item, atMs), source, item),
    attempt: (learner, item, atMs, recalled) => model.attempt(learner, item, atMs, recalled),
  };
}
