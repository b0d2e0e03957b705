import type { SessionMark } from '../../src/core/progress/streaks';
import type {
  CardRecord,
  CohortRecord,
  DailySessionRecord,
  EnrollmentLessonRecord,
  EnrollmentRecord,
  LearnerRecord,
  PromptStatus,
  QuestionRecord,
  ReviewLogRecord,
  SessionPromptRecord,
} from '../../src/core/records';
import { Transactor } from '../../src/core/transactor';
import {
  AnsweredRows,
  NewPrompt,
  NewSession,
  OpenPromptRow,
  RemindableSession,
  SessionRepository,
} from '../../src/modules/engine/session.repository';

/** The engine's tables, in memory: what the fakes of its ports share (see engine-plan-fakes). */
export class EngineRows {
  learners: LearnerRecord[] = [];
  cohorts: CohortRecord[] = [];
  enrollments: EnrollmentRecord[] = [];
  questions: QuestionRecord[] = [];
  sessions: DailySessionRecord[] = [];
  prompts: SessionPromptRecord[] = [];
  cards: CardRecord[] = [];
  reviews: Array<Omit<ReviewLogRecord, 'id'>> = [];
  lessons: Array<Omit<EnrollmentLessonRecord, 'id'>> = [];
  private lastId = 0;

  nextId(): number {
    return ++this.lastId;
  }
}

/** Runs the work as it is: the fakes keep no uncommitted state. */
export class FakeTransactor extends Transactor {
  run<T>(work: () => Promise<T>): Promise<T> {
    return work();
  }
}

export const byId = <T extends { id: number }>(rows: T[], id: number): T | null =>
  rows.find((r) => r.id === id) ?? null;

export class FakeSessionRepository extends SessionRepository {
  constructor(private readonly rows: EngineRows) {
    super();
  }

  async openPromptOf(learnerId: number): Promise<OpenPromptRow | null> {
    const enrollments = this.rows.enrollments.filter(
      (e) => e.learnerId === learnerId && e.status === 'active',
    );
    const open = this.rows.prompts
      .filter((p) => p.status === 'open' && enrollments.some((e) => e.id === p.enrollmentId))
      .sort((a, b) => b.id - a.id)[0];
    if (!open) return null;
    const question = byId(this.rows.questions, open.questionId)!;
    return {
      promptId: open.id,
      questionId: open.questionId,
      type: question.type,
      choiceCount: question.choices.length,
    };
  }

  async closeForAnswer(
    promptId: number,
    inboundMessageId: string | null,
    now: Date,
    alsoQuestion: number | null = null,
  ): Promise<AnsweredRows | null> {
    const graded = this.rows.reviews.some((r) => r.inboundMessageId === inboundMessageId);
    const closed = !graded && (await this.closePrompt(promptId, now));
    const read = this.answered(promptId, inboundMessageId);
    const also = this.rows.questions.find((q) => q.id === alsoQuestion && !q.retiredAt) ?? null;
    return read && { ...read, closed, alsoQuestion: also };
  }

  private answered(
    promptId: number,
    inboundMessageId: string | null,
  ): Omit<AnsweredRows, 'closed' | 'alsoQuestion'> | null {
    const prompt = byId(this.rows.prompts, promptId);
    if (!prompt) return null;
    const session = byId(this.rows.sessions, prompt.sessionId);
    return {
      prompt: { ...prompt },
      session: session && { ...session },
      enrollment: session && byId(this.rows.enrollments, session.enrollmentId),
      question: byId(this.rows.questions, prompt.questionId),
      card:
        this.rows.cards.find(
          (c) => c.enrollmentId === prompt.enrollmentId && c.questionId === prompt.questionId,
        ) ?? null,
      messageGraded: this.rows.reviews.some((r) => r.inboundMessageId === inboundMessageId),
      askedQuestionIds: this.asked(prompt.sessionId),
    };
  }

  /** Closes the prompt if it is still open; false if something else closed it first. */
  async closePrompt(promptId: number, now: Date): Promise<boolean> {
    const prompt = byId(this.rows.prompts, promptId);
    if (prompt?.status !== 'open') return false;
    Object.assign(prompt, { status: 'answered', closedAt: now });
    return true;
  }

  async promptStatus(promptId: number): Promise<PromptStatus | null> {
    return byId(this.rows.prompts, promptId)?.status ?? null;
  }

  async prompt(promptId: number): Promise<SessionPromptRecord> {
    return byId(this.rows.prompts, promptId)!;
  }

  async openPromptIn(sessionId: number): Promise<SessionPromptRecord | null> {
    return this.rows.prompts.find((p) => p.sessionId === sessionId && p.status === 'open') ?? null;
  }

  async addPrompts(prompts: NewPrompt[]): Promise<void> {
    for (const prompt of prompts) await this.addPrompt(prompt);
  }

  async addPrompt(prompt: NewPrompt): Promise<SessionPromptRecord> {
    const row = { ...prompt, id: this.rows.nextId() };
    this.rows.prompts.push(row);
    return row;
  }

  private asked(sessionId: number): number[] {
    return this.rows.prompts.filter((p) => p.sessionId === sessionId).map((p) => p.questionId);
  }

  async promptsAsked(sessionId: number): Promise<number> {
    return this.asked(sessionId).length;
  }

  async session(id: number): Promise<DailySessionRecord> {
    return byId(this.rows.sessions, id)!;
  }

  async sessionOn(enrollmentId: number, localDate: string): Promise<DailySessionRecord | null> {
    return (
      this.rows.sessions.find(
        (s) => s.enrollmentId === enrollmentId && s.localDate === localDate,
      ) ?? null
    );
  }

  async addSession(session: NewSession): Promise<DailySessionRecord> {
    const row = { ...session, id: this.rows.nextId() };
    this.rows.sessions.push(row);
    return row;
  }

  async addSessions(sessions: NewSession[]): Promise<Map<string, number>> {
    const ids = new Map<string, number>();
    for (const session of sessions) {
      const row = await this.addSession(session);
      ids.set(`${row.enrollmentId}|${row.localDate}`, row.id);
    }
    return ids;
  }

  async heldOn(pairs: Array<[number, string]>): Promise<Set<number>> {
    const held = new Set<number>();
    for (const [id, date] of pairs) if (await this.sessionOn(id, date)) held.add(id);
    return held;
  }

  async setTally(sessionId: number, tally: { answered: number; correct: number }): Promise<void> {
    Object.assign(byId(this.rows.sessions, sessionId)!, tally);
  }

  async setStatus(sessionId: number, status: DailySessionRecord['status']): Promise<void> {
    byId(this.rows.sessions, sessionId)!.status = status;
  }

  async marks(enrollmentId: number): Promise<SessionMark[]> {
    return this.rows.sessions
      .filter((s) => s.enrollmentId === enrollmentId)
      .sort((a, b) => a.localDate.localeCompare(b.localDate))
      .map((s) => ({ answered: s.answered, open: s.status === 'open' }));
  }

  async expireDue(now: Date, limit: number): Promise<number> {
    const due = this.rows.sessions
      .filter((s) => s.status === 'open' && s.expiresAt <= now)
      .slice(0, limit);
    for (const session of due) {
      session.status = 'expired';
      for (const p of this.rows.prompts) {
        if (p.sessionId === session.id && p.status === 'open') {
          Object.assign(p, { status: 'expired', closedAt: now });
        }
      }
    }
    return due.length;
  }

  async remindable(now: Date, limit: number): Promise<RemindableSession[]> {
    return this.rows.sessions
      .filter((s) => s.status === 'open' && s.answered === 0 && s.reminderAt && s.reminderAt <= now)
      .slice(0, limit)
      .map((s) => ({ ...s, enrollment: byId(this.rows.enrollments, s.enrollmentId) }));
  }

  async clearReminder(sessionId: number): Promise<void> {
    byId(this.rows.sessions, sessionId)!.reminderAt = null;
  }
}
