import { CreateLearnerModel, LearnerModel } from './learner-model';
import { SeededRandom } from './seeded-random';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
const START = Date.UTC(2026, 0, 5, 1, 0);

/** What a scenario measures for one learner and question, on a model of its own. */
type Scenario = (model: LearnerModel, learner: number, item: string, draw: SeededRandom) => number;

/**
 * A published figure a learner model is checked against: the ratio of two scenarios'
 * population means, each run on a fresh model with the same learners, questions and draws.
 */
export interface CalibrationTarget {
  name: string;
  /** What the model is asked, in the words of the README's table. */
  measure: string;
  /** The published value; `null` where the source gives a direction, not a size. */
  target: number | null;
  source: string;
  numerator: Scenario;
  denominator: Scenario;
}

/** Recall `atMs` after one reading. */
const readOnce =
  (afterMs: number): Scenario =>
  (model, learner, item) => {
    model.study(learner, item, START);
    return model.recall(learner, item, START + afterMs);
  };

/** Recall a week after a reading followed `lagMs` later by a retrieval with feedback. */
const retrievedAfter =
  (lagMs: number): Scenario =>
  (model, learner, item, draw) => {
    model.study(learner, item, START);
    const at = START + lagMs;
    model.attempt(learner, item, at, draw.chance(model.recall(learner, item, at)));
    return model.recall(learner, item, START + 7 * DAY_MS);
  };

const readTwice: Scenario = (model, learner, item) => {
  model.study(learner, item, START);
  model.study(learner, item, START + 5 * MINUTE_MS);
  return model.recall(learner, item, START + 7 * DAY_MS);
};

const EBBINGHAUS =
  'Ebbinghaus 1885, savings 58.2% at 20 min, 33.7% at 1 day, 25.4% at 6 days, 21.1% at 31 days; replicated by Murre & Dros 2015';

const oneReading = (name: string, days: number, savings: number): CalibrationTarget => ({
  name,
  measure: `one reading: recall after ${days} day${days === 1 ? '' : 's'} / after 20 min`,
  target: savings / 58.2,
  source: EBBINGHAUS,
  numerator: readOnce(days * DAY_MS),
  denominator: readOnce(20 * MINUTE_MS),
});

export const CALIBRATION_TARGETS: CalibrationTarget[] = [
  oneReading('one-reading-1-day', 1, 33.7),
  oneReading('one-reading-6-days', 6, 25.4),
  oneReading('one-reading-31-days', 31, 21.1),
  {
    name: 'testing-effect-1-week',
    measure: 'a week later: read + test at 5 min / read + reread at 5 min',
    target: 56 / 42,
    source: 'Roediger & Karpicke 2006, Exp. 1: 56% vs 42% a week later',
    numerator: retrievedAfter(5 * MINUTE_MS),
    denominator: readTwice,
  },
  {
    name: 'spaced-retrieval-1-week',
    measure: 'a week later: read + test after 1 day / read + test at 5 min',
    target: null,
    source: 'spaced beats massed retrieval practice: Latimier, Peyre & Ramus 2021, g = 0.74',
    numerator: retrievedAfter(DAY_MS),
    denominator: retrievedAfter(5 * MINUTE_MS),
  },
];

export interface CalibrationFigure {
  target: CalibrationTarget;
  /** The population mean of the model's figure: 200 learners x 20 questions, seed "calibration". */
  value: number;
}

const LEARNERS = 200;
const ITEMS = 20;

/** Every target, each scenario on a fresh model so that they do not interact. */
export function calibrate(create: CreateLearnerModel): CalibrationFigure[] {
  return CALIBRATION_TARGETS.map((target) => {
    const numerator = populationMean(create, target.name, target.numerator);
    const denominator = populationMean(create, target.name, target.denominator);
    return { target, value: denominator === 0 ? 0 : numerator / denominator };
  });
}

function populationMean(create: CreateLearnerModel, name: string, scenario: Scenario): number {
  const model = create({ seed: 'calibration', learners: LEARNERS });
  const draw = new SeededRandom('calibration', name);
  let total = 0;
  for (let learner = 0; learner < LEARNERS; learner++) {
    for (let q = 0; q < ITEMS; q++)
      total += scenario(model, learner, `calibration/lesson/q${q}`, draw);
  }
  return total / (LEARNERS * ITEMS);
}
