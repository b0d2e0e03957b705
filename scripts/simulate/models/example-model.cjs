'use strict';
/**
 * The smallest learner model plug-in (SPEC §9), for `npm run simulate -- --learner-model
 * scripts/simulate/models/example-model.cjs`: every learner forgets every question with a
 * half-life of 4 days after the last exposure, and each exposure, reading or answer with
 * its feedback, doubles that half-life. No randomness, so `seed` is not needed.
 */
const DAY_MS = 24 * 60 * 60 * 1000;

function createLearnerModel({ learners }) {
  const memory = new Map();
  const expose = (learner, item, atMs) => {
    if (learner < 0 || learner >= learners) throw new Error(`no learner ${learner}`);
    const before = memory.get(`${learner}:${item}`);
    const halfLifeDays = before ? before.halfLifeDays * 2 : 4;
    memory.set(`${learner}:${item}`, { halfLifeDays, lastMs: atMs });
  };
  return {
    study: expose,
    recall(learner, item, atMs) {
      const trace = memory.get(`${learner}:${item}`);
      if (!trace) return 0;
      return Math.pow(2, -Math.max(0, atMs - trace.lastMs) / DAY_MS / trace.halfLifeDays);
    },
    attempt: (learner, item, atMs) => expose(learner, item, atMs),
  };
}

module.exports = { createLearnerModel };
