import { Injectable } from '@nestjs/common';
import { Clock } from '../../core/clock';
import { gradeAnswer } from '../../core/dialogue/grade-answer';
import { Grade } from '../../core/srs/grade';
import { SchedulingPolicy } from '../../core/srs/policy';
import type { CardRecord, QuestionRecord, SessionPromptRecord } from '../../core/records';
import { ReviewResult } from '../../core/srs/review-card';
import { Transactor } from '../../core/transactor';
import { CurrentParameters } from '../memory-model/current-parameters';
import { CardRepository } from './card.repository';
import { toCardState } from './card-mapping';
import { EnrollmentPlanRepository } from './enrollment-plan.repository';
import { SessionFlow } from './session-flow';
import { OpenPromptRow, SessionRepository } from './session.repository';
import { Audience } from './session-texts';

export interface AnswerInput {
  promptId: number;
  /** The parsed answer in canonical form: "B", "AC", "true". */
  value: string;
  rawReply: string;
  /** The chat message id; a second answer with the same id changes nothing. */
  inboundMessageId: string | null;
  /** Who answers, as the caller has just read them: used when it is the prompt's, not read again. */
  audience?: Audience;
  /** The question the session is expected to ask next (OpenPrompt.nextQuestionId), if known. */
  nextQuestionId?: number | null;
}

export type OpenPrompt = OpenPromptRow;

export type AnswerOutcome =
  | { status: 'graded'; grade: Grade; intervalDays: number; sessionDone: boolean }
  | { status: 'duplicate' | 'stale' };

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
    private readonly transactor: Transactor,
    private readonly sessions: SessionRepository,
    private readonly cards: CardRepository,
    private readonly enrollments: EnrollmentPlanRepository,
    private readonly clock: Clock,
    private readonly flow: SessionFlow,
    private readonly policy: SchedulingPolicy,
    private readonly fitted: CurrentParameters,
  ) {}

  /** The question a learner is expected to answer now, if any: the newest open prompt. */
  openPrompt(learnerId: number): Promise<OpenPrompt | null> {
    return this.sessions.openPromptOf(learnerId);
  }

  async answer(input: AnswerInput): Promise<AnswerOutcome> {
    const now = this.clock.now();
    try {
      return await this.transactor.run(() => this.answerIn(input, now));
    } catch (error) {
      // Two deliveries of one message racing: the unique inbound id lets exactly one through.
      if (input.inboundMessageId && (await this.cards.gradedMessage(input.inboundMessageId))) {
        return { status: 'duplicate' };
      }
      throw error;
    }
  }

  private async answerIn(input: AnswerInput, now: Date): Promise<AnswerOutcome> {
    const read = await this.sessions.closeForAnswer(
      input.promptId,
      input.inboundMessageId,
      now,
      input.nextQuestionId ?? null,
    );
    if (read?.messageGraded) return { status: 'duplicate' };
    if (!read?.closed) return { status: 'stale' };
    const { prompt } = read;

    const session = found(read.session, 'daily_sessions', { id: prompt.sessionId });
    const enrollment = found(read.enrollment, 'enrollments', { id: session.enrollmentId });
    const known = input.audience;
    const audience =
      known?.learner.id === enrollment.learnerId && known.cohort.id === enrollment.cohortId
        ? known
        : undefined;
    const cohort =
      audience?.cohort ??
      found(await this.enrollments.cohort(enrollment.cohortId), 'cohorts', {
        id: enrollment.cohortId,
      });
    const question = found(read.question, 'questions', { id: prompt.questionId });
    const card = found(read.card, 'cards', {
      enrollmentId: prompt.enrollmentId,
      questionId: question.id,
    });
    const grade = gradeAnswer(input.value, question.answer, question.type);
    const review = this.policy.review(toCardState(card), grade, now, {
      desiredRetention: cohort.desiredRetention,
      parameters: await this.fitted.forCourse(cohort.courseId),
    });

    // Read before the writes: on MariaDB they then leave in one round trip (Database.write).
    const readAlong = new Map<number, QuestionRecord | null>();
    if (input.nextQuestionId != null) readAlong.set(input.nextQuestionId, read.alsoQuestion);
    const next = await this.flow.nextQuestion(session, read.askedQuestionIds, readAlong);
    await this.record({ input, prompt, card, grade, review, now });
    await this.cards.setState(card.id, review.after);
    const tally = {
      answered: session.answered + 1,
      correct: session.correct + (grade === 'right' ? 1 : 0),
    };
    await this.sessions.setTally(session.id, tally);
    const sessionDone = await this.flow.afterAnswer({
      session: { ...session, ...tally },
      enrollment,
      cohort,
      audience,
      prompt,
      question,
      next,
      grade,
      intervalDays: review.intervalDays,
      now,
    });
    return { status: 'graded', grade, intervalDays: review.intervalDays, sessionDone };
  }

  private async record(r: {
    input: AnswerInput;
    prompt: SessionPromptRecord;
    card: CardRecord;
    grade: Grade;
    review: ReviewResult;
    now: Date;
  }): Promise<void> {
    await this.cards.logReview({
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
    });
  }
}
