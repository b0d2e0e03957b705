import { LessonQuestions } from '../../src/core/enrollment/cohort-settings';
import { DayRecord } from '../../src/core/simulation/run-summary';
import { learnerModelName, loadLearnerModel } from './learner-models';
import { POLICIES } from './options';
import { simulate, SimulationRun } from './simulation';

/** One run of a command: plain data, so that it can go to a child process as JSON. */
export interface RunSpec {
  policy: string;
  seed: string;
  /** A built-in model's name or a plug-in's absolute path. */
  learnerModel: string;
  maxReviewsPerDay?: number;
  /** The cohort default when absent. */
  lessonQuestions?: LessonQuestions;
  learners: number;
  days: number;
  startDate: string;
  timezone: string;
  databaseUrl: string;
  contentDir: string;
}

/** Runs one policy, seed and cap in this process, on its own fresh database. */
export function runOne(
  spec: RunSpec,
  onDay?: (day: DayRecord) => void,
  onFit?: (line: string) => void,
): Promise<SimulationRun> {
  const policy = POLICIES[spec.policy];
  return simulate({
    ...spec,
    policy: policy.create(),
    readsLessons: policy.readsLessons,
    // Qstream asks before it teaches: the same day, whatever the cohort says.
    lessonQuestions: policy.readsLessons ? spec.lessonQuestions : 'same-session',
    learnerModel: {
      name: learnerModelName(spec.learnerModel),
      create: loadLearnerModel(spec.learnerModel),
    },
    onDay,
    onFit,
  });
}

export function runLabel(spec: RunSpec): string {
  const cap = spec.maxReviewsPerDay === undefined ? '' : ` cap ${spec.maxReviewsPerDay}`;
  return `${spec.policy} seed ${spec.seed}${cap}`;
}
