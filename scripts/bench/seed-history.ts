import { addDays, weekdayOf } from '../../src/core/planning/local-time';
import { RawDatabase } from './bench-database';
import { cardId, CARDS_PER_ENROLLMENT } from './seed';

const CHUNK = 2000;
/** The two working weeks before yesterday's session. */
const FIRST_DAY = '2026-02-16';
const LAST_DAY = '2026-03-02';
const STATE = JSON.stringify({
  due: '2026-03-06T01:02:00.000Z',
  stability: 8.2956,
  difficulty: 5.31,
  elapsedDays: 3,
  scheduledDays: 8,
  learningSteps: 0,
  reps: 3,
  lapses: 0,
  state: 'review',
  lastReview: '2026-02-26T01:02:00.000Z',
});

/**
 * What the progress report, the series and the knowledge map read, for the cohort they read: a
 * session on each working day of the two weeks before, with zero to three answers each, and a
 * prompt and a review log per answer.
 */
export async function seedHistory(
  raw: RawDatabase,
  plan: { enrollmentIds: number[]; firstSessionId: number; questionIds: number[] },
): Promise<void> {
  const days = workdays();
  const t = (date: string, hour: number) => raw.time(new Date(`${date}T0${hour}:00:00Z`));
  let promptId = 0;
  for (let i = 0; i < plan.enrollmentIds.length; i += CHUNK) {
    const sessions: unknown[][] = [];
    const prompts: unknown[][] = [];
    const logs: unknown[][] = [];
    for (const [n, id] of plan.enrollmentIds.slice(i, i + CHUNK).entries()) {
      for (const [d, date] of days.entries()) {
        const answered = (id * 7 + d * 3) % 4;
        const correct = Math.min(answered, (id + d) % 3);
        const sessionId = plan.firstSessionId + (i + n) * days.length + d;
        sessions.push([
          sessionId,
          id,
          date,
          answered ? 'done' : 'expired',
          t(date, 1),
          t(addDays(date, 1), 0),
          '{"lessonIds":[],"questionIds":[]}',
          3,
          answered,
          correct,
        ]);
        for (let a = 0; a < answered; a++) {
          const k = (d * 3 + a) % CARDS_PER_ENROLLMENT;
          const right = a < correct;
          promptId += 1;
          prompts.push([
            promptId,
            sessionId,
            id,
            plan.questionIds[k],
            'review',
            'answered',
            t(date, 1),
            t(date, 2),
          ]);
          logs.push([
            cardId(id, k),
            id,
            plan.questionIds[k],
            promptId,
            right ? 'right' : 'wrong',
            right ? 'good' : 'again',
            'B',
            d < 7 ? 1 : 0,
            'B',
            90_000,
            STATE,
            STATE,
            t(date, 2),
          ]);
        }
      }
    }
    await raw.insert(
      'daily_sessions',
      [
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
      sessions,
    );
    await raw.insert(
      'session_prompts',
      [
        'id',
        'session_id',
        'enrollment_id',
        'question_id',
        'kind',
        'status',
        'sent_at',
        'closed_at',
      ],
      prompts,
    );
    await raw.insert(
      'review_logs',
      [
        'card_id',
        'enrollment_id',
        'question_id',
        'prompt_id',
        'grade',
        'rating',
        'chosen',
        'first_try',
        'raw_reply',
        'latency_ms',
        'state_before',
        'state_after',
        'reviewed_at',
      ],
      logs,
    );
  }
}

function workdays(): string[] {
  const days: string[] = [];
  for (let day = FIRST_DAY; day <= LAST_DAY; day = addDays(day, 1)) {
    if (weekdayOf(day) <= 5) days.push(day);
  }
  return days;
}
