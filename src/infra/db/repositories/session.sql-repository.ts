import { Injectable } from '@nestjs/common';
import { In, LessThanOrEqual } from 'typeorm';
import type { QuestionType } from '../../../core/content/course-model';
import type { SessionMark } from '../../../core/progress/streaks';
import type { DailySessionRecord, PromptStatus, SessionPromptRecord } from '../../../core/records';
import {
  AnsweredRows,
  NewPrompt,
  NewSession,
  OpenPromptRow,
  RemindableSession,
  SessionRepository,
} from '../../../modules/engine/session.repository';
import { answeredRead } from './answered-prompt-sql';
import { Database } from '../database';
import { DailySessionEntity, QuestionEntity, SessionPromptEntity } from '../entities';
import { findRow, findRowOrFail } from '../raw-reads';
import { insertRows, insertStatements, updateById, updateStatement } from '../raw-writes';

const placeholders = (values: unknown[]) => values.map(() => '?').join(', ');

@Injectable()
export class SqlSessionRepository extends SessionRepository {
  constructor(private readonly db: Database) {
    super();
  }

  openPromptOf(learnerId: number): Promise<OpenPromptRow | null> {
    return this.db.withManager(async (m) => {
      // The question's type and choices, not the whole row: asked before every answer.
      const [row]: Array<{
        id: number;
        question_id: number;
        type: QuestionType | null;
        choices: unknown;
      }> = await m.query(
        'SELECT p.id, p.question_id, q.type, q.choices FROM session_prompts p ' +
          'INNER JOIN enrollments e ON e.id = p.enrollment_id ' +
          'LEFT JOIN questions q ON q.id = p.question_id ' +
          "WHERE e.learner_id = ? AND e.status = 'active' AND p.status = 'open' " +
          'ORDER BY p.id DESC LIMIT 1',
        [learnerId],
      );
      if (!row) return null;
      if (row.type === null) throw new Error(`No questions row matches {"id":${row.question_id}}`);
      const column = m.connection
        .getMetadata(QuestionEntity)
        .findColumnWithPropertyName('choices')!;
      const choices = m.connection.driver.prepareHydratedValue(row.choices, column) as unknown[];
      return {
        promptId: Number(row.id),
        questionId: Number(row.question_id),
        type: row.type,
        choiceCount: choices.length,
      };
    });
  }

  async closeForAnswer(
    promptId: number,
    inboundMessageId: string | null,
    now: Date,
    alsoQuestion: number | null = null,
  ): Promise<AnsweredRows | null> {
    // The read is built with the statements, by the manager of the unit they run in.
    let read: ReturnType<typeof answeredRead> | undefined;
    const close = { status: 'answered', closedAt: now } as const;
    const [update, rows] = await this.db.batch((m) => {
      read = answeredRead(m, promptId, inboundMessageId, alsoQuestion);
      return [
        updateStatement(m, SessionPromptEntity, promptId, close, { status: 'open' }),
        read.statement,
      ];
    });
    const found = read!.decode(rows.rows);
    const prompt = found?.row.p;
    if (!prompt) return null;
    const { row, extra } = found;
    const [graded, asked] = extra;
    let closed = update.affected > 0;
    if (closed && graded !== null) {
      // The message came again: the close sent with the read that found it graded is undone.
      const reopen = { status: 'open', closedAt: null } as const;
      await this.db.write((m) => [updateStatement(m, SessionPromptEntity, promptId, reopen)]);
      Object.assign(prompt, reopen);
      closed = false;
    }
    return {
      prompt,
      closed,
      session: row.s,
      enrollment: row.e,
      question: row.q,
      card: row.c,
      messageGraded: graded !== null,
      // A list of ids as text ("3,7,12"); a buffer from MariaDB when it calls it binary.
      askedQuestionIds: asked === null ? [] : String(asked).split(',').map(Number),
      alsoQuestion: row.n,
    };
  }

  promptStatus(promptId: number): Promise<PromptStatus | null> {
    return this.db.withManager(
      async (m) => (await findRow(m, SessionPromptEntity, { id: promptId }))?.status ?? null,
    );
  }

  prompt(promptId: number): Promise<SessionPromptRecord> {
    return this.db.withManager((m) => findRowOrFail(m, SessionPromptEntity, { id: promptId }));
  }

  openPromptIn(sessionId: number): Promise<SessionPromptRecord | null> {
    return this.db.withManager((m) =>
      findRow(m, SessionPromptEntity, { sessionId, status: 'open' }),
    );
  }

  addPrompts(prompts: NewPrompt[]): Promise<void> {
    return this.db.write((m) => insertStatements(m, SessionPromptEntity, prompts));
  }

  addPrompt(prompt: NewPrompt): Promise<SessionPromptRecord> {
    return this.db.withManager((m) => m.save(m.create(SessionPromptEntity, prompt)));
  }

  promptsAsked(sessionId: number): Promise<number> {
    return this.db.withManager(async (m) => {
      const [row]: Array<{ asked: number | string }> = await m.query(
        'SELECT COUNT(*) AS asked FROM session_prompts WHERE session_id = ?',
        [sessionId],
      );
      return Number(row.asked);
    });
  }

  session(id: number): Promise<DailySessionRecord> {
    return this.db.withManager((m) => findRowOrFail(m, DailySessionEntity, { id }));
  }

  sessionOn(enrollmentId: number, localDate: string): Promise<DailySessionRecord | null> {
    return this.db.withManager((m) => m.findOneBy(DailySessionEntity, { enrollmentId, localDate }));
  }

  addSession(session: NewSession): Promise<DailySessionRecord> {
    return this.db.withManager((m) => m.save(m.create(DailySessionEntity, session)));
  }

  addSessions(sessions: NewSession[]): Promise<Map<string, number>> {
    return this.db.withManager(async (m) => {
      await insertRows(m, DailySessionEntity, sessions);
      const rows = await this.sessionsOn(sessions.map((s) => [s.enrollmentId, s.localDate]));
      return new Map(rows.map((s) => [`${s.enrollmentId}|${s.localDate}`, s.id]));
    });
  }

  async heldOn(pairs: Array<[number, string]>): Promise<Set<number>> {
    return new Set((await this.sessionsOn(pairs)).map((s) => s.enrollmentId));
  }

  setTally(sessionId: number, tally: { answered: number; correct: number }): Promise<void> {
    return this.db.write((m) => [updateStatement(m, DailySessionEntity, sessionId, tally)]);
  }

  setStatus(sessionId: number, status: DailySessionRecord['status']): Promise<void> {
    return this.db.write((m) => [updateStatement(m, DailySessionEntity, sessionId, { status })]);
  }

  marks(enrollmentId: number): Promise<SessionMark[]> {
    return this.db.withManager(async (m) => {
      const rows: Array<{ answered: number; status: string }> = await m.query(
        'SELECT answered, status FROM daily_sessions WHERE enrollment_id = ? ORDER BY local_date',
        [enrollmentId],
      );
      return rows.map((r) => ({ answered: Number(r.answered), open: r.status === 'open' }));
    });
  }

  expireDue(now: Date, limit: number): Promise<number> {
    return this.db.withManager(async (m) => {
      const sessions = await m.find(DailySessionEntity, {
        select: { id: true },
        where: { status: 'open', expiresAt: LessThanOrEqual(now) },
        take: limit,
      });
      const ids = sessions.map((s) => s.id);
      if (ids.length === 0) return 0;
      await m.update(
        SessionPromptEntity,
        { sessionId: In(ids), status: 'open' },
        { status: 'expired', closedAt: now },
      );
      await m.update(DailySessionEntity, { id: In(ids), status: 'open' }, { status: 'expired' });
      return ids.length;
    });
  }

  remindable(now: Date, limit: number): Promise<RemindableSession[]> {
    return this.db.withManager(async (m) =>
      (
        await m.find(DailySessionEntity, {
          where: { status: 'open', answered: 0, reminderAt: LessThanOrEqual(now) },
          relations: { enrollment: true },
          take: limit,
        })
      ).map((s) => ({ ...s, enrollment: s.enrollment ?? null })),
    );
  }

  clearReminder(sessionId: number): Promise<void> {
    return this.db.withManager(async (m) => {
      await updateById(m, DailySessionEntity, sessionId, { reminderAt: null });
    });
  }

  /**
   * The sessions of these (enrollment, local date) pairs that exist: their ids only, read
   * with bound values (each planning batch asks twice, and a find built 500-id lists).
   */
  private sessionsOn(pairs: Array<[number, string]>) {
    if (pairs.length === 0) return Promise.resolve([]);
    return this.db.withManager(async (m) => {
      const ids = pairs.map(([id]) => id);
      const dates = [...new Set(pairs.map(([, date]) => date))];
      const rows: Array<{ id: number; enrollment_id: number; local_date: string }> = await m.query(
        `SELECT id, enrollment_id, local_date FROM daily_sessions WHERE enrollment_id IN (${placeholders(ids)}) AND local_date IN (${placeholders(dates)})`,
        [...ids, ...dates],
      );
      const wanted = new Set(pairs.map(([id, date]) => `${id}|${date}`));
      return rows
        .map((r) => ({
          id: Number(r.id),
          enrollmentId: Number(r.enrollment_id),
          localDate: r.local_date,
        }))
        .filter((s) => wanted.has(`${s.enrollmentId}|${s.localDate}`));
    });
  }
}
