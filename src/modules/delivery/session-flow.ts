import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { localize } from '../../core/messages/localized-text';
import { renderFeedback } from '../../core/messages/quiz-messages';
import { formatNextSession } from '../../core/messages/time-labels';
import { localDateOf, weekdayOf } from '../../core/planning/local-time';
import { Grade } from '../../core/srs/grade';
import {
  CohortEntity,
  DailySessionEntity,
  EnrollmentEntity,
  QuestionEntity,
  SessionPromptEntity,
} from '../../infra/db/entities';
import { findRow } from '../../infra/db/raw-reads';
import { insertRows, updateById } from '../../infra/db/raw-writes';
import { EnrollmentSchedules } from '../enrollment/enrollment-schedule';
import { EnrollmentCompletion } from './enrollment-completion';
import { Outbox } from './outbox';
import { Audience, SessionTexts } from './session-texts';

const STREAK_LOOKBACK = 400;

export interface AnsweredPrompt {
  session: DailySessionEntity;
  enrollment: EnrollmentEntity;
  cohort: CohortEntity;
  /** Already read by the caller, or read here. */
  audience?: Audience;
  prompt: SessionPromptEntity;
  question: QuestionEntity;
  grade: Grade;
  intervalDays: number;
  now: Date;
}

/** After an answer: the next prompt with the feedback, or the feedback with the day's summary. */
@Injectable()
export class SessionFlow {
  constructor(
    private readonly texts: SessionTexts,
    private readonly outbox: Outbox,
    private readonly schedules: EnrollmentSchedules,
    private readonly completion: EnrollmentCompletion,
  ) {}

  /** Queues one message and returns whether the session is over. */
  async afterAnswer(m: EntityManager, a: AnsweredPrompt): Promise<boolean> {
    const { enrollment } = a;
    const audience = a.audience ?? (await this.texts.audience(m, enrollment, { cohort: a.cohort }));
    const next = await this.nextQuestion(m, a.session);
    const text = (t: QuestionEntity['explain']) => localize(t, audience.locale, audience.fallback);
    const feedback = {
      grade: a.grade,
      correctAnswer: a.question.answer,
      correctChoiceTexts: correctLetters(a.question).map((i) => text(a.question.choices[i])),
      explain: text(a.question.explain),
      comesBackInDays: a.intervalDays,
    };
    let body: string;
    if (next !== null) {
      const prompt = {
        sessionId: a.session.id,
        enrollmentId: enrollment.id,
        questionId: next.question.id,
        kind: a.session.queue.lessonIds.includes(next.question.lessonId) ? 'new' : 'review',
        status: 'open',
        sentAt: a.now,
        closedAt: null,
      } satisfies Omit<SessionPromptEntity, 'id'>;
      await insertRows(m, SessionPromptEntity, [prompt]);
      body = renderFeedback(audience.locale, {
        ...feedback,
        next: await this.texts.promptView(m, audience, a.session, prompt, {
          question: next.question,
          asked: next.asked + 1,
        }),
      });
    } else {
      await updateById(m, DailySessionEntity, a.session.id, { status: 'done' });
      body = renderFeedback(audience.locale, {
        ...feedback,
        summary: {
          correct: a.session.correct,
          answered: a.session.answered,
          streakDays: await this.streak(m, enrollment.id),
          nextSession: this.nextSessionLabel(audience, enrollment, a.session.localDate),
        },
      });
    }
    await this.outbox.enqueue(
      [
        {
          learnerId: enrollment.learnerId,
          dedupeKey: `prompt:${a.prompt.id}:feedback`,
          kind: 'feedback',
          body,
        },
      ],
      a.now,
    );
    if (next === null) await this.completion.completeIfMastered(m, enrollment, audience, a.now);
    return next === null;
  }

  /**
   * The first queued question not asked yet and still live (a sync may have retired one),
   * and how many prompts the session has asked so far.
   */
  private async nextQuestion(
    m: EntityManager,
    session: DailySessionEntity,
  ): Promise<{ question: QuestionEntity; asked: number } | null> {
    const prompts: Array<{ question_id: number }> = await m.query(
      'SELECT question_id FROM session_prompts WHERE session_id = ?',
      [session.id],
    );
    const asked = new Set(prompts.map((p) => Number(p.question_id)));
    const remaining = session.queue.questionIds.filter((id) => !asked.has(id));
    if (remaining.length === 0) return null;
    // The next one is the first live question of the queue; later ones are not read.
    for (const id of remaining) {
      const question = await findRow(m, QuestionEntity, { id, retiredAt: null });
      if (question) return { question, asked: prompts.length };
    }
    return null;
  }

  /** Consecutive recent sessions with at least one answer; sessions exist only on session days. */
  async streak(m: EntityManager, enrollmentId: number): Promise<number> {
    const sessions: Array<{ answered: number }> = await m.query(
      `SELECT answered FROM daily_sessions WHERE enrollment_id = ? ORDER BY local_date DESC LIMIT ${STREAK_LOOKBACK}`,
      [enrollmentId],
    );
    const broken = sessions.findIndex((s) => Number(s.answered) === 0);
    return broken === -1 ? sessions.length : broken;
  }

  nextSessionLabel(audience: Audience, enrollment: EnrollmentEntity, today: string): string {
    const schedule = this.schedules.scheduleFor(audience.cohort, audience.learner);
    if (!enrollment.nextSessionAt) return '-';
    const date = localDateOf(enrollment.nextSessionAt, schedule.zone);
    return formatNextSession(audience.locale, date, weekdayOf(date), schedule.deliveryTime, today);
  }
}

/** Indexes of the right choices: "AC" -> [0, 2]; none for truefalse. */
function correctLetters(question: QuestionEntity): number[] {
  if (question.type === 'truefalse') return [];
  return [...question.answer].map((letter) => letter.charCodeAt(0) - 65);
}
