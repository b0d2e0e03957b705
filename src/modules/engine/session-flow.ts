import { Injectable } from '@nestjs/common';
import { localize } from '../../core/messages/localized-text';
import { renderFeedback } from '../../core/messages/quiz-messages';
import { formatNextSession } from '../../core/messages/time-labels';
import { localDateOf, weekdayOf } from '../../core/planning/local-time';
import { streaksOf } from '../../core/progress/streaks';
import type {
  CohortRecord,
  DailySessionRecord,
  EnrollmentRecord,
  QuestionRecord,
  SessionPromptRecord,
} from '../../core/records';
import { Grade } from '../../core/srs/grade';
import { Outbox } from '../delivery/outbox';
import { EnrollmentSchedules } from '../enrollment/enrollment-schedule';
import { CurriculumRepository } from './curriculum.repository';
import { EnrollmentCompletion } from './enrollment-completion';
import { NewPrompt, SessionRepository } from './session.repository';
import { Audience, SessionTexts } from './session-texts';

export interface AnsweredPrompt {
  session: DailySessionRecord;
  enrollment: EnrollmentRecord;
  cohort: CohortRecord;
  /** Already read by the caller, or read here. */
  audience?: Audience;
  prompt: SessionPromptRecord;
  question: QuestionRecord;
  /** What the session asks next (see nextQuestion), null when this answer ends it. */
  next: NextQuestion | null;
  grade: Grade;
  intervalDays: number;
  now: Date;
}

export interface NextQuestion {
  question: QuestionRecord;
  /** Prompts the session has asked so far. */
  asked: number;
}

/** After an answer: the next prompt with the feedback, or the feedback with the day's summary. */
@Injectable()
export class SessionFlow {
  constructor(
    private readonly texts: SessionTexts,
    private readonly outbox: Outbox,
    private readonly schedules: EnrollmentSchedules,
    private readonly completion: EnrollmentCompletion,
    private readonly sessions: SessionRepository,
    private readonly content: CurriculumRepository,
  ) {}

  /** Queues one message and returns whether the session is over; in the caller's unit of work. */
  async afterAnswer(a: AnsweredPrompt): Promise<boolean> {
    const { enrollment } = a;
    const audience = a.audience ?? (await this.texts.audience(enrollment, { cohort: a.cohort }));
    const { next } = a;
    const text = (t: QuestionRecord['explain']) => localize(t, audience.locale, audience.fallback);
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
      } satisfies NewPrompt;
      await this.sessions.addPrompts([prompt]);
      body = renderFeedback(audience.locale, {
        ...feedback,
        next: await this.texts.promptView(audience, a.session, prompt, {
          question: next.question,
          asked: next.asked + 1,
        }),
      });
    } else {
      await this.sessions.setStatus(a.session.id, 'done');
      body = renderFeedback(audience.locale, {
        ...feedback,
        summary: {
          correct: a.session.correct,
          answered: a.session.answered,
          streakDays: await this.streak(enrollment.id),
          nextSession: this.nextSessionLabel(audience, enrollment, a.session.localDate),
        },
      });
    }
    await this.outbox.add(
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
    if (next === null) await this.completion.completeIfMastered(enrollment, audience, a.now);
    return next === null;
  }

  /**
   * The first queued question not asked yet and still live (a sync may have retired one),
   * and how many prompts the session has asked so far (`prompts`: their questions).
   * `known`: questions read already, by id (null: retired), which are not read again.
   */
  async nextQuestion(
    session: DailySessionRecord,
    prompts: number[],
    known: ReadonlyMap<number, QuestionRecord | null> = new Map(),
  ): Promise<NextQuestion | null> {
    const asked = new Set(prompts);
    const remaining = session.queue.questionIds.filter((id) => !asked.has(id));
    if (remaining.length === 0) return null;
    // The next one is the first live question of the queue; later ones are not read.
    for (const id of remaining) {
      const question = known.has(id) ? known.get(id)! : await this.content.liveQuestion(id);
      if (question) return { question, asked: prompts.length };
    }
    return null;
  }

  /** The learner's current streak, the one HR's progress shows (core/progress/streaks). */
  async streak(enrollmentId: number): Promise<number> {
    return streaksOf(await this.sessions.marks(enrollmentId)).current;
  }

  nextSessionLabel(audience: Audience, enrollment: EnrollmentRecord, today: string): string {
    const schedule = this.schedules.scheduleFor(audience.cohort, audience.learner);
    if (!enrollment.nextSessionAt) return '-';
    const date = localDateOf(enrollment.nextSessionAt, schedule.zone);
    return formatNextSession(audience.locale, date, weekdayOf(date), schedule.deliveryTime, today);
  }
}

/** Indexes of the right choices: "AC" -> [0, 2]; none for truefalse. */
function correctLetters(question: QuestionRecord): number[] {
  if (question.type === 'truefalse') return [];
  return [...question.answer].map((letter) => letter.charCodeAt(0) - 65);
}
