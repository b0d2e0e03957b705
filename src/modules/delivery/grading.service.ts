import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { Clock } from '../../core/clock';
import type { QuestionType } from '../../core/content/course-model';
import { gradeAnswer } from '../../core/dialogue/grade-answer';
import { Grade } from '../../core/srs/grade';
import { SchedulingPolicy } from '../../core/srs/policy';
import { ReviewResult } from '../../core/srs/review-card';
import {
  CardEntity,
  CohortEntity,
  DailySessionEntity,
  EnrollmentEntity,
  QuestionEntity,
  ReviewLogEntity,
  SessionPromptEntity,
} from '../../infra/db/entities';
import { findJoinedRow } from '../../infra/db/raw-joins';
import { findRowOrFail } from '../../infra/db/raw-reads';
import { insertRows, updateById } from '../../infra/db/raw-writes';
import { CurrentParameters } from '../memory-model/current-parameters';
import { toCardState } from './card-mapping';
import { SessionFlow } from './session-flow';
import { Audience } from './session-texts';
import { Database } from '../../infra/db/database';

export interface AnswerInput {
  promptId: number;
  /** The parsed answer in canonical form: "B", "AC", "true". */
  value: string;
  rawReply: string;
  /** The chat message id; a second answer with the same id changes nothing. */
  inboundMessageId: string | null;
  /** Who answers, as the caller has just read them: used when it is the prompt's, not read again. */
  audience?: Audience;
}

export interface OpenPrompt {
  promptId: number;
  questionId: number;
  type: QuestionType;
  choiceCount: number;
}

export type AnswerOutcome =
  | { status: 'graded'; grade: Grade; intervalDays: number; sessionDone: boolean }
  | { status: 'duplicate' | 'stale' };

/**
 * What grading an answer reads, in one statement: the prompt, its session and enrollment,
 * the question and the learner's card for it. Each is the row a find by those keys returns.
 */
const ANSWERED_ROWS = {
  p: SessionPromptEntity,
  s: DailySessionEntity,
  e: EnrollmentEntity,
  q: QuestionEntity,
  c: CardEntity,
};
const ANSWERED_FROM =
  'FROM session_prompts p ' +
  'LEFT JOIN daily_sessions s ON s.id = p.session_id ' +
  'LEFT JOIN enrollments e ON e.id = s.enrollment_id ' +
  'LEFT JOIN questions q ON q.id = p.question_id ' +
  'LEFT JOIN cards c ON c.enrollment_id = p.enrollment_id AND c.question_id = p.question_id ' +
  'WHERE p.id = ?';

/** The row, or the error a find-or-fail by `where` gives. */
function found<T>(row: T | null, table: string, where: object): T {
  if (!row) throw new Error(`No ${table} row matches ${JSON.stringify(where)}`);
  return row;
}

/**
 * Grades one answer in one transaction: the review log, the card's new FSRS state, the
 * closed prompt, and the queued feedback with the next prompt (or the day's summary).
 */
@Injectable()
export class GradingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly flow: SessionFlow,
    private readonly policy: SchedulingPolicy,
    private readonly fitted: CurrentParameters,
  ) {}

  /** The question a learner is expected to answer now, if any: the newest open prompt. */
  async openPrompt(learnerId: number): Promise<OpenPrompt | null> {
    const m = this.dataSource.manager;
    // One statement with the question's type and choices, not the whole question row: the
    // simulator and the bot ask this before every answer.
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
    const choices = m.connection.getMetadata(QuestionEntity).findColumnWithPropertyName('choices')!;
    const hydrated = m.connection.driver.prepareHydratedValue(row.choices, choices) as unknown[];
    return {
      promptId: Number(row.id),
      questionId: Number(row.question_id),
      type: row.type,
      choiceCount: hydrated.length,
    };
  }

  async answer(input: AnswerInput): Promise<AnswerOutcome> {
    const now = this.clock.now();
    try {
      return await this.db.transaction(() =>
        this.db.withManager((m) => this.answerIn(m, input, now)),
      );
    } catch (error) {
      // Two deliveries of one message racing: the unique inbound id lets exactly one through.
      if (
        input.inboundMessageId &&
        error instanceof QueryFailedError &&
        (await this.graded(this.dataSource.manager, input.inboundMessageId))
      ) {
        return { status: 'duplicate' };
      }
      throw error;
    }
  }

  private async answerIn(m: EntityManager, input: AnswerInput, now: Date): Promise<AnswerOutcome> {
    if (input.inboundMessageId && (await this.graded(m, input.inboundMessageId))) {
      return { status: 'duplicate' };
    }
    const read = await findJoinedRow(m, ANSWERED_ROWS, ANSWERED_FROM, [input.promptId]);
    const prompt = read?.p;
    if (!prompt || prompt.status !== 'open') return { status: 'stale' };
    const closed = await updateById(
      m,
      SessionPromptEntity,
      prompt.id,
      { status: 'answered', closedAt: now },
      { status: 'open' },
    );
    if (closed === 0) return { status: 'stale' };

    const session = found(read.s, 'daily_sessions', { id: prompt.sessionId });
    const enrollment = found(read.e, 'enrollments', { id: session.enrollmentId });
    const known = input.audience;
    const audience =
      known?.learner.id === enrollment.learnerId && known.cohort.id === enrollment.cohortId
        ? known
        : undefined;
    const cohort =
      audience?.cohort ?? (await findRowOrFail(m, CohortEntity, { id: enrollment.cohortId }));
    const question = found(read.q, 'questions', { id: prompt.questionId });
    const card = found(read.c, 'cards', {
      enrollmentId: prompt.enrollmentId,
      questionId: question.id,
    });
    const grade = gradeAnswer(input.value, question.answer, question.type);
    const review = this.policy.review(toCardState(card), grade, now, {
      desiredRetention: cohort.desiredRetention,
      parameters: await this.fitted.forCourse(cohort.courseId),
    });

    await this.record(m, { input, prompt, card, grade, review, now });
    await updateById(m, CardEntity, card.id, { ...review.after });
    const tally = {
      answered: session.answered + 1,
      correct: session.correct + (grade === 'right' ? 1 : 0),
    };
    await updateById(m, DailySessionEntity, session.id, tally);
    const sessionDone = await this.flow.afterAnswer(m, {
      session: { ...session, ...tally },
      enrollment,
      cohort,
      audience,
      prompt,
      question,
      grade,
      intervalDays: review.intervalDays,
      now,
    });
    return { status: 'graded', grade, intervalDays: review.intervalDays, sessionDone };
  }

  private async record(
    m: EntityManager,
    r: {
      input: AnswerInput;
      prompt: SessionPromptEntity;
      card: CardEntity;
      grade: Grade;
      review: ReviewResult;
      now: Date;
    },
  ): Promise<void> {
    await insertRows(m, ReviewLogEntity, [
      {
        cardId: r.card.id,
        enrollmentId: r.prompt.enrollmentId,
        questionId: r.prompt.questionId,
        promptId: r.prompt.id,
        inboundMessageId: r.input.inboundMessageId,
        grade: r.grade,
        rating: r.review.rating,
        chosen: r.input.value,
        firstTry: r.card.reps === 0 ? 1 : 0,
        rawReply: r.input.rawReply.slice(0, 2000),
        latencyMs: Math.max(0, r.now.getTime() - r.prompt.sentAt.getTime()),
        stateBefore: r.review.before,
        stateAfter: r.review.after,
        reviewedAt: r.now,
      },
    ]);
  }

  /** Whether an answer from this chat message has been graded already. */
  private async graded(m: EntityManager, inboundMessageId: string): Promise<boolean> {
    const rows: unknown[] = await m.query(
      'SELECT 1 AS graded FROM review_logs WHERE inbound_message_id = ? LIMIT 1',
      [inboundMessageId],
    );
    return rows.length > 0;
  }
}
