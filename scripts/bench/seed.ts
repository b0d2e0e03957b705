import { CardState } from '../../src/core/srs/card-state';
import { SessionQueue } from '../../src/infra/db/entities/daily-session.entity';
import { Curriculum } from '../../src/modules/engine/curriculum';
import { RawDatabase } from './bench-database';
import { DELIVERED_LESSONS } from './bench-course';
import { cardPool } from './card-pool';

const DAY_MS = 24 * 60 * 60 * 1000;
const CHUNK = 5000;
export const CARDS_PER_ENROLLMENT = 20;

/** Card ids are chosen too, so that review logs can point at them. */
export const cardId = (enrollmentId: number, k: number) =>
  (enrollmentId - 1) * CARDS_PER_ENROLLMENT + k + 1;

export interface SeedPlan {
  enrollments: number;
  /** Cohort ids, each taking `cohortSize` enrollments in turn. */
  cohortIds: number[];
  cohortSize: number;
  curriculum: Curriculum;
  /** When every enrollment's session is due. */
  planAt: Date;
}

/** One table's rows for a chunk of enrollment ids. */
interface TableRows {
  table: string;
  columns: string[];
  rows: (ids: number[]) => unknown[][];
}

/**
 * Bound learners, one active enrollment each, due now, with the first ten lessons delivered
 * (yesterday's session) and their 20 cards in mixed states: written through the raw driver
 * in chunks, with ids chosen here so that no row has to be read back.
 */
export async function seedEnrollments(
  raw: RawDatabase,
  plan: SeedPlan,
  onProgress: (done: number) => void,
): Promise<void> {
  const tables = seedTables(raw, plan);
  for (let first = 1; first <= plan.enrollments; first += CHUNK) {
    const count = Math.min(CHUNK, plan.enrollments - first + 1);
    const ids = Array.from({ length: count }, (_, i) => first + i);
    for (const { table, columns, rows } of tables) await raw.insert(table, columns, rows(ids));
    onProgress(first + count - 1);
  }
}

function seedTables(raw: RawDatabase, plan: SeedPlan): TableRows[] {
  const now = raw.time(plan.planAt);
  const yesterday = raw.time(new Date(plan.planAt.getTime() - DAY_MS));
  const lessons = plan.curriculum.lessons.slice(0, DELIVERED_LESSONS);
  const questionIds = lessons.flatMap((l) => l.questionIds);
  const lastLesson = lessons[DELIVERED_LESSONS - 1];
  const queue: SessionQueue = {
    lessonIds: [lastLesson.lessonId],
    questionIds: lastLesson.questionIds,
  };
  const cohortOf = (id: number) => plan.cohortIds[Math.floor((id - 1) / plan.cohortSize)];
  const pool = cardPool(plan.planAt);
  const card = (c: CardState) => [
    raw.time(c.due),
    c.stability,
    c.difficulty,
    c.elapsedDays,
    c.scheduledDays,
    c.learningSteps,
    c.reps,
    c.lapses,
    c.state,
    c.lastReview ? raw.time(c.lastReview) : null,
  ];
  return [
    {
      table: 'learners',
      columns: [
        'id',
        'external_id',
        'name',
        'wechat_contact_id',
        'wechat_alias',
        'bound_at',
        'created_at',
        'updated_at',
      ],
      rows: (ids) =>
        ids.map((id) => [
          id,
          `B-${id}`,
          `Learner ${id}`,
          `wx-bench-${id}`,
          `sc-bench-${id}`,
          now,
          now,
          now,
        ]),
    },
    {
      table: 'enrollments',
      columns: [
        'id',
        'learner_id',
        'cohort_id',
        'status',
        'next_session_at',
        'enrolled_at',
        'updated_at',
      ],
      rows: (ids) => ids.map((id) => [id, id, cohortOf(id), 'active', now, now, now]),
    },
    {
      table: 'daily_sessions',
      columns: [
        'id',
        'enrollment_id',
        'local_date',
        'status',
        'started_at',
        'expires_at',
        'queue',
        'prompts_total',
        'answered',
        'correct',
      ],
      rows: (ids) =>
        ids.map((id) => [
          id,
          id,
          '2026-03-03',
          'done',
          yesterday,
          now,
          JSON.stringify(queue),
          2,
          2,
          1,
        ]),
    },
    {
      table: 'enrollment_lessons',
      columns: ['enrollment_id', 'lesson_id', 'session_id', 'delivered_at'],
      rows: (ids) => ids.flatMap((id) => lessons.map((l) => [id, l.lessonId, id, yesterday])),
    },
    {
      table: 'cards',
      columns: [
        'id',
        'enrollment_id',
        'question_id',
        'due',
        'stability',
        'difficulty',
        'elapsed_days',
        'scheduled_days',
        'learning_steps',
        'reps',
        'lapses',
        'state',
        'last_review',
        'created_at',
      ],
      rows: (ids) =>
        ids.flatMap((id) =>
          questionIds.map((questionId, k) => {
            const state = pool[(id * CARDS_PER_ENROLLMENT + k) % pool.length];
            return [cardId(id, k), id, questionId, ...card(state), now];
          }),
        ),
    },
  ];
}
