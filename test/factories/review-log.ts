import { DataSource, EntityManager } from 'typeorm';
import { SeededRandom } from '../../src/core/simulation/seeded-random';
import { CohortService } from '../../src/modules/enrollment/cohort.service';
import { TestApp } from '../support/test-app';
import { insertRows } from './insert-rows';

const DAY_MS = 86_400_000;
/** Days after a card's previous review at which it is asked again, as a fixed schedule would. */
const LADDER = [1, 2, 4, 7, 12, 20, 30];

export interface ReviewLogShape {
  courseId: string;
  learners: number;
  /** Days of reviews, from `firstDay` at 01:00 UTC (09:00 in Shanghai). */
  days: number;
  firstDay: string;
  seed: string;
}

/** UTC text both engines take for a DATETIME column. */
const sqlTime = (ms: number) => new Date(ms).toISOString().replace('T', ' ').replace('Z', '');

/**
 * A cohort whose review log follows a known memory that is not FSRS's default one: recall
 * after t days is 2^(-t/h), h starting at one day after the lesson, growing 2.5x with each
 * recall and halving with each lapse. Every card of every learner is introduced on one of the
 * first ten days and asked again on a fixed ladder of intervals.
 */
export async function seedReviewLog(
  t: TestApp,
  shape: ReviewLogShape,
): Promise<{ cohortId: number; reviews: number }> {
  const cohort = await t.app.get(CohortService).create({
    name: 'Fitted learners',
    courseId: shape.courseId,
    startDate: shape.firstDay,
    timezone: 'Asia/Shanghai',
  });
  return t.app.get(DataSource).transaction(async (m) => {
    const questions: Array<{ id: number }> = await m.query(
      'SELECT q.id FROM questions q INNER JOIN lessons l ON l.id = q.lesson_id ' +
        'WHERE l.course_id = ? ORDER BY l.position, q.position',
      [shape.courseId],
    );
    const enrollments = await insertEnrollments(m, cohort.id, shape);
    const start = Date.parse(`${shape.firstDay}T01:00:00Z`);
    let written = 0;
    for (const [i, enrollmentId] of enrollments.entries()) {
      const random = new SeededRandom(shape.seed, 'learner', i);
      for (const [j, question] of questions.entries()) {
        const firstMs = start + (j % 10) * DAY_MS + i * 60_000;
        const cardId = await insertCard(m, enrollmentId, question.id, sqlTime(firstMs));
        const rows = answers(random, firstMs, start + shape.days * DAY_MS).map((a, k) => [
          cardId,
          enrollmentId,
          question.id,
          0,
          a.recalled ? 'right' : 'wrong',
          a.recalled ? 'good' : 'again',
          a.recalled ? 'B' : 'C',
          k === 0 ? 1 : 0,
          'B',
          5000,
          '{}',
          '{}',
          sqlTime(a.atMs),
        ]);
        await insertRows(m, 'review_logs', REVIEW_COLUMNS, rows);
        written += rows.length;
      }
    }
    return { cohortId: cohort.id, reviews: written };
  });
}

const REVIEW_COLUMNS =
  'card_id, enrollment_id, question_id, prompt_id, grade, rating, chosen, first_try, raw_reply, ' +
  'latency_ms, state_before, state_after, reviewed_at';

/** The answers to one card: the first right after the lesson, then on the ladder. */
function answers(random: SeededRandom, firstMs: number, endMs: number) {
  const list = [{ atMs: firstMs, recalled: true }];
  let halfLife = 1;
  let at = firstMs;
  for (const gap of LADDER) {
    at += gap * DAY_MS;
    if (at >= endMs) break;
    const recalled = random.next() < 2 ** (-gap / halfLife);
    halfLife = recalled ? halfLife * 2.5 : Math.max(0.5, halfLife / 2);
    list.push({ atMs: at, recalled });
  }
  return list;
}

async function insertEnrollments(m: EntityManager, cohortId: number, shape: ReviewLogShape) {
  const at = sqlTime(Date.parse(`${shape.firstDay}T00:00:00Z`));
  const learners = Array.from({ length: shape.learners }, (_, i) => [
    `F${i}`,
    `学员${i}`,
    `wx-F${i}`,
    at,
    at,
  ]);
  await insertRows(
    m,
    'learners',
    'external_id, name, wechat_contact_id, created_at, updated_at',
    learners,
  );
  const ids: Array<{ id: number }> = await m.query(
    "SELECT id FROM learners WHERE external_id LIKE 'F%' ORDER BY id",
  );
  const rows = ids.map((l) => [l.id, cohortId, 'active', at, at]);
  await insertRows(
    m,
    'enrollments',
    'learner_id, cohort_id, status, enrolled_at, updated_at',
    rows,
  );
  const stored: Array<{ id: number }> = await m.query(
    'SELECT id FROM enrollments WHERE cohort_id = ? ORDER BY id',
    [cohortId],
  );
  return stored.map((r) => Number(r.id));
}

async function insertCard(m: EntityManager, enrollmentId: number, questionId: number, at: string) {
  await insertRows(
    m,
    'cards',
    'enrollment_id, question_id, due, stability, difficulty, elapsed_days, scheduled_days, ' +
      'learning_steps, reps, lapses, state, last_review, created_at',
    [[enrollmentId, questionId, at, 1, 5, 0, 1, 0, 1, 0, 'review', at, at]],
  );
  const [row]: Array<{ id: number }> = await m.query(
    'SELECT id FROM cards WHERE enrollment_id = ? AND question_id = ?',
    [enrollmentId, questionId],
  );
  return Number(row.id);
}
