import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../core/clock';
import {
  nothingMore,
  noOpenPromptPaused,
  noOpenPromptSessionToday,
  renderPrompt,
} from '../../core/messages';
import { endOfLocalDay, instantAt, localDateOf } from '../../core/planning/local-time';
import {
  CardEntity,
  DailySessionEntity,
  EnrollmentEntity,
  LessonEntity,
  QuestionEntity,
  SessionPromptEntity,
} from '../../infra/db/entities';
import { GradingService } from '../delivery/grading.service';
import { Outbox } from '../delivery/outbox';
import { PlannerService } from '../delivery/planner.service';
import { Audience, SessionTexts } from '../delivery/session-texts';
import { LearnerContext, LearnerContexts } from '../dialogue/learner-context';
import { Database } from '../../infra/db/database';

/** How far ahead a card may be due and still be worth practising now. */
const SOON_DAYS = 3;
const DAY_MS = 24 * 60 * 60_000;

/** A context with an active enrolment. */
type Ready = LearnerContext & { enrollment: EnrollmentEntity; audience: Audience };

/**
 * `more`: one question now. An open question is asked again. Before today's session nothing
 * extra is asked: the cards due are the session's, and a session row made now would stand
 * in for it. Otherwise the card due soonest (within a few days, not reviewed today) becomes
 * an `extra` prompt of today's session, which grading treats like any other: feedback, the
 * card's new schedule, and the day's summary.
 */
@Injectable()
export class ExtraPractice {
  constructor(
    private readonly dataSource: DataSource,
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly grading: GradingService,
    private readonly planner: PlannerService,
    private readonly texts: SessionTexts,
    private readonly outbox: Outbox,
    private readonly contexts: LearnerContexts,
  ) {}

  /** The reply, or null when the practice went out as its own message. */
  async next(context: LearnerContext): Promise<string | null> {
    const { enrollment, audience, locale } = context;
    if (enrollment?.status === 'paused') return noOpenPromptPaused(locale);
    if (enrollment?.status !== 'active' || !audience) return nothingMore(locale);
    const ready: Ready = { ...context, enrollment, audience };
    const open = await this.grading.openPrompt(context.learner.id);
    if (open) return this.askAgain(ready, open.promptId);
    if (this.contexts.sessionLaterToday(context)) {
      return noOpenPromptSessionToday(locale, { nextSession: this.contexts.nextSession(context) });
    }
    if (await this.startDueSession(ready)) return null;
    return this.db.transaction(() => this.db.withManager((m) => this.askExtra(m, ready)));
  }

  private async askAgain(context: Ready, promptId: number): Promise<string> {
    const m = this.dataSource.manager;
    const prompt = await m.findOneByOrFail(SessionPromptEntity, { id: promptId });
    const session = await m.findOneByOrFail(DailySessionEntity, { id: prompt.sessionId });
    return renderPrompt(
      context.locale,
      await this.texts.promptView(m, context.audience, session, prompt),
    );
  }

  /** A session due now that the planner has not started yet (it ticks each minute) starts now. */
  private async startDueSession(context: Ready): Promise<boolean> {
    const next = context.enrollment.nextSessionAt;
    if (!next || next > this.clock.now()) return false;
    const counts = await this.planner.deliverNow({ learnerId: context.learner.id });
    return counts.started > 0;
  }

  private async askExtra(m: EntityManager, context: Ready): Promise<string | null> {
    const now = this.clock.now();
    const today = localDateOf(now, context.zone);
    const card = await this.soonestCard(m, context, today, now);
    if (!card) return nothingMore(context.locale);
    const session = await this.todaysSession(m, context, today, now);
    const prompt = await m.save(
      m.create(SessionPromptEntity, {
        sessionId: session.id,
        enrollmentId: context.enrollment.id,
        questionId: card.questionId,
        kind: 'extra',
        status: 'open',
        sentAt: now,
      }),
    );
    const view = await this.texts.promptView(m, context.audience, session, prompt);
    await this.outbox.enqueue(
      [
        {
          learnerId: context.learner.id,
          dedupeKey: `prompt:${prompt.id}:extra`,
          kind: 'extra',
          body: renderPrompt(context.locale, view),
        },
      ],
      now,
    );
    return null;
  }

  /** The live card due soonest, if within SOON_DAYS and not already reviewed today. */
  private soonestCard(
    m: EntityManager,
    context: Ready,
    today: string,
    now: Date,
  ): Promise<CardEntity | null> {
    return m
      .createQueryBuilder(CardEntity, 'c')
      .innerJoin(QuestionEntity, 'q', 'q.id = c.question_id AND q.retired_at IS NULL')
      .innerJoin(LessonEntity, 'l', 'l.id = q.lesson_id AND l.retired_at IS NULL')
      .where('c.enrollment_id = :id AND c.due <= :soon', {
        id: context.enrollment.id,
        soon: new Date(now.getTime() + SOON_DAYS * DAY_MS),
      })
      .andWhere('(c.last_review IS NULL OR c.last_review < :todayStart)', {
        todayStart: instantAt(today, '00:00', context.zone),
      })
      .orderBy('c.due', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .getOne();
  }

  /**
   * Today's session, reopened for the extra prompt (the planner then expires the prompt at
   * midnight like any other), or a new one when there was no session today; then today
   * counts as held, which is true, and the next regular session is another day's.
   */
  private async todaysSession(
    m: EntityManager,
    context: Ready,
    today: string,
    now: Date,
  ): Promise<DailySessionEntity> {
    const enrollmentId = context.enrollment.id;
    const held = await m.findOneBy(DailySessionEntity, { enrollmentId, localDate: today });
    if (held) {
      await m.update(DailySessionEntity, { id: held.id }, { status: 'open' });
      return { ...held, status: 'open' };
    }
    return m.save(
      m.create(DailySessionEntity, {
        enrollmentId,
        localDate: today,
        status: 'open',
        startedAt: now,
        expiresAt: endOfLocalDay(today, context.zone),
        reminderAt: null,
        queue: { lessonIds: [], questionIds: [] },
        promptsTotal: 0,
        answered: 0,
        correct: 0,
      }),
    );
  }
}
