import { LessonQuestions } from '../../src/core/enrollment/cohort-settings';
import { LEARNER_MODELS } from '../../scripts/simulate/learner-models';
import { POLICIES } from '../../scripts/simulate/options';
import { simulate } from '../../scripts/simulate/simulation';
import { readReplicaCourse } from '../../scripts/simulate/what-if/replica-course';
import { replicaRun } from '../../scripts/simulate/what-if/replica-run';
import { createTestDatabase, testEngine } from '../support/test-database';

const SETTING = {
  learners: 6,
  days: 30,
  seed: 'spec',
  startDate: '2026-03-02',
  timezone: 'Asia/Shanghai',
  maxReviewsPerDay: 2,
};

async function real(policy: string, lessonQuestions: LessonQuestions) {
  const db = await createTestDatabase();
  try {
    const { summary } = await simulate({
      ...SETTING,
      policy: POLICIES[policy].create(),
      readsLessons: POLICIES[policy].readsLessons,
      lessonQuestions,
      learnerModel: { name: 'half-life', create: LEARNER_MODELS['half-life'] },
      databaseUrl: db.url,
      contentDir: './content',
    });
    return summary;
  } finally {
    await db.drop();
  }
}

function replica(policy: string, lessonQuestions: LessonQuestions) {
  return replicaRun({
    ...SETTING,
    cap: SETTING.maxReviewsPerDay,
    course: readReplicaCourse('./content', 'internal-negotiation'),
    policy: POLICIES[policy].create(),
    readsLessons: POLICIES[policy].readsLessons,
    whatIf: { lessonQuestions },
    createModel: LEARNER_MODELS['half-life'],
  });
}

/**
 * The what-if replica is only worth its figures if it runs what the real simulator runs. Over
 * 30 days, before any re-fit, it does; over 90 days, once the re-fits begin, `fsrs` runs
 * drift apart by up to a point (README).
 */
describe(`the what-if replica against the real simulator (${testEngine()})`, () => {
  it.each([
    ['fixed', 'same-session'],
    ['qstream', 'same-session'],
    ['fsrs', 'same-session'],
    ['fsrs', 'next-session'],
  ] as const)(
    '%s, lesson questions %s: the same prompts and the same recall',
    async (policy, lessonQuestions) => {
      const [summary, result] = [
        await real(policy, lessonQuestions),
        await replica(policy, lessonQuestions),
      ];
      expect(result.promptsPerLearnerDay).toBeCloseTo(summary.promptsPerLearnerDay, 6);
      // Equal to a millionth: the real run's instants pass through the database.
      expect(result.recall).toBeCloseTo(summary.recallEnd, 4);
    },
    120_000,
  );
});
