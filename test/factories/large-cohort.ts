import { DataSource, EntityManager } from 'typeorm';
import { CohortService } from '../../src/modules/enrollment/cohort.service';
import { TestApp } from '../support/test-app';
import { insertRows } from './insert-rows';

const DAY_MS = 24 * 60 * 60 * 1000;
const STATES = ['new', 'learning', 'review', 'relearning'];
const EMPTY_QUEUE = '{"lessonIds":[],"questionIds":[]}';

export interface LargeCohortShape {
  learners: number;
  /** Session days held so far; each learner had one session per day, two prompts each. */
  days: number;
  /** Every n-th learner (active ones) has answered nothing for the last 5 days: at risk. */
  atRiskEvery: number;
  courseId: string;
  /** Questions of the course, in curriculum order, with their lesson. */
  questions: Array<{ id: number; lessonId: number }>;
}

interface Seed extends LargeCohortShape {
  now: number;
  enrollments: number[];
  /** Card ids by `enrollment:question`. */
  cards: Map<string, number>;
}

/** UTC text both engines take for a DATETIME column, and the form SQLite stores. */
const sqlTime = (ms: number) => new Date(ms).toISOString().replace('T', ' ').replace('Z', '');

/**
 * A cohort the size of a large company, written straight into the tables with multi-row
 * inserts (the engine would take hours to play it): every learner bound, one in ten paused,
 * a card per question in every FSRS state, a session every day with two answers, three in four
 * right, one day in seven missed, and some learners who stopped answering five days ago.
 */
export async function seedLargeCohort(t: TestApp, shape: LargeCohortShape): Promise<number> {
  const cohort = await t.app.get(CohortService).create({
    name: 'Whole company',
    courseId: shape.courseId,
    startDate: '2026-01-05',
    timezone: 'Asia/Shanghai',
    workdays: [1, 2, 3, 4, 5, 6, 7],
  });
  const now = t.clock.now().getTime();
  await t.app.get(DataSource).transaction(async (m) => {
    const enrollments = await insertLearners(m, cohort.id, shape.learners, now);
    const seed: Seed = { ...shape, now, enrollments, cards: new Map() };
    seed.cards = await insertCards(m, seed);
    await insertHistory(m, seed);
  });
  return cohort.id;
}

async function insertLearners(m: EntityManager, cohortId: number, count: number, now: number) {
  const at = sqlTime(now - 60 * DAY_MS);
  const learners = Array.from({ length: count }, (_, i) => [
    `L${i}`,
    `学员${i}`,
    `wx-L${i}`,
    `sc-L${i}`,
    at,
    at,
    at,
  ]);
  await insertRows(
    m,
    'learners',
    'external_id, name, wechat_contact_id, wechat_alias, bound_at, created_at, updated_at',
    learners,
  );
  const ids: Array<{ id: number }> = await m.query('SELECT id FROM learners ORDER BY id');
  const enrollments = ids.map((l, i) => [
    l.id,
    cohortId,
    i % 10 === 0 ? 'paused' : 'active',
    at,
    at,
  ]);
  await insertRows(
    m,
    'enrollments',
    'learner_id, cohort_id, status, enrolled_at, updated_at',
    enrollments,
  );
  const rows: Array<{ id: number }> = await m.query(
    'SELECT id FROM enrollments WHERE cohort_id = ? ORDER BY id',
    [cohortId],
  );
  return rows.map((r) => Number(r.id));
}

async function insertCards(m: EntityManager, seed: Seed): Promise<Map<string, number>> {
  const rows = seed.enrollments.flatMap((e, i) =>
    seed.questions.map((q, j) => cardRow(seed.now, e, q.id, i + j)),
  );
  await insertRows(
    m,
    'cards',
    'enrollment_id, question_id, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review, created_at',
    rows,
  );
  const stored: Array<{ id: number; enrollment_id: number; question_id: number }> = await m.query(
    'SELECT id, enrollment_id, question_id FROM cards',
  );
  return new Map(stored.map((r) => [`${r.enrollment_id}:${r.question_id}`, Number(r.id)]));
}

/** Every state, stabilities of 1 to 40 days, reviewed up to 20 days ago, due around now. */
function cardRow(now: number, enrollmentId: number, questionId: number, n: number): unknown[] {
  const state = STATES[n % 4];
  const lastReview = state === 'new' ? null : sqlTime(now - (n % 20) * DAY_MS - 3_600_000);
  const stability = state === 'new' ? 0 : 1 + ((n * 7) % 40);
  const due = sqlTime(now + ((n % 9) - 4) * DAY_MS);
  return [
    enrollmentId,
    questionId,
    due,
    stability,
    5,
    1,
    3,
    0,
    2,
    0,
    state,
    lastReview,
    sqlTime(now - 30 * DAY_MS),
  ];
}

async function insertHistory(m: EntityManager, seed: Seed): Promise<void> {
  const sessions: unknown[][] = [];
  const answers: unknown[][] = [];
  for (const [i, enrollmentId] of seed.enrollments.entries()) {
    for (let d = 0; d < seed.days; d++) {
      const quit = i % seed.atRiskEvery === 7 && d >= seed.days - 5;
      const day = answerRows(seed, i, enrollmentId, d, quit || (i + d) % 7 === 0);
      sessions.push(day.session);
      answers.push(...day.answers);
    }
  }
  const lessons = [...new Set(seed.questions.map((q) => q.lessonId))].slice(0, seed.days);
  const delivered = seed.enrollments.flatMap((e) =>
    lessons.map((l) => [e, l, 0, sqlTime(seed.now - 20 * DAY_MS)]),
  );
  await insertRows(
    m,
    'daily_sessions',
    'enrollment_id, local_date, status, started_at, expires_at, queue, prompts_total, answered, correct',
    sessions,
  );
  await linkPrompts(m, answers);
  await insertRows(
    m,
    'review_logs',
    'card_id, enrollment_id, question_id, prompt_id, grade, rating, chosen, first_try, raw_reply, latency_ms, state_before, state_after, reviewed_at',
    answers,
  );
  await insertRows(
    m,
    'enrollment_lessons',
    'enrollment_id, lesson_id, session_id, delivered_at',
    delivered,
  );
}

// Review log columns the prompts are built from, in answerRows' order.
const [ENROLLMENT, QUESTION, PROMPT, REVIEWED_AT] = [1, 2, 3, 12];

/** Each answer's prompt in its day's session, as the engine records it; sets its prompt_id. */
async function linkPrompts(m: EntityManager, answers: unknown[][]): Promise<void> {
  const sessions: Array<{ id: number; enrollment_id: number; local_date: string }> = await m.query(
    'SELECT id, enrollment_id, local_date FROM daily_sessions',
  );
  const sessionOf = new Map(sessions.map((s) => [`${s.enrollment_id}:${s.local_date}`, s.id]));
  const prompts = answers.map((a) => {
    const at = String(a[REVIEWED_AT]);
    const session = sessionOf.get(`${String(a[ENROLLMENT])}:${at.slice(0, 10)}`);
    return [session, a[ENROLLMENT], a[QUESTION], 'review', 'answered', at, at];
  });
  await insertRows(
    m,
    'session_prompts',
    'session_id, enrollment_id, question_id, kind, status, sent_at, closed_at',
    prompts,
  );
  const stored: Array<{ id: number; session_id: number; question_id: number }> = await m.query(
    'SELECT id, session_id, question_id FROM session_prompts',
  );
  const promptOf = new Map(stored.map((p) => [`${p.session_id}:${p.question_id}`, p.id]));
  answers.forEach(
    (a, i) => (a[PROMPT] = promptOf.get(`${String(prompts[i][0])}:${String(a[QUESTION])}`)),
  );
}

/** Day `d` of learner `i`: the session, and two answers unless it was missed. */
function answerRows(seed: Seed, i: number, enrollmentId: number, d: number, missed: boolean) {
  const day = seed.now - (seed.days - d) * DAY_MS;
  const state = JSON.stringify({ stability: 1, difficulty: 5, reps: 1, state: 'review' });
  const answers = missed
    ? []
    : [0, 1].map((k) => {
        const q = seed.questions[(d * 2 + k) % seed.questions.length];
        const right = (i + d + k) % 4 !== 0;
        const card = seed.cards.get(`${enrollmentId}:${q.id}`);
        return [
          card,
          enrollmentId,
          q.id,
          0,
          right ? 'right' : 'wrong',
          right ? 'good' : 'again',
          right ? 'B' : 'C',
          d < 10 ? 1 : 0,
          'B',
          4000,
          state,
          state,
          sqlTime(day + k * 60_000),
        ];
      });
  const correct = answers.filter((a) => a[4] === 'right').length;
  const date = new Date(day).toISOString().slice(0, 10);
  const session = [
    enrollmentId,
    date,
    missed ? 'expired' : 'done',
    sqlTime(day),
    sqlTime(day + DAY_MS),
    EMPTY_QUEUE,
    2,
    answers.length,
    correct,
  ];
  return { session, answers };
}
