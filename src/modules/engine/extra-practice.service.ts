import { Injectable } from '@nestjs/common';
import { Clock } from '../../core/clock';
import type { Locale } from '../../core/content/course-model';
import {
  nothingMore,
  noOpenPromptPaused,
  noOpenPromptSessionToday,
  renderPrompt,
} from '../../core/messages';
import { endOfLocalDay, instantAt, localDateOf } from '../../core/planning/local-time';
import type { CardRecord, DailySessionRecord, EnrollmentRecord } from '../../core/records';
import { Transactor } from '../../core/transactor';
import { GradingService } from './grading.service';
import { Outbox } from '../delivery/outbox';
import { CardRepository } from './card.repository';
import { PlannerService } from './planner.service';
import { Audience, SessionTexts } from './session-texts';
import { SessionFlow } from './session-flow';
import { SessionRepository } from './session.repository';

/** How far ahead a card may be due and still be worth practising now. */
const SOON_DAYS = 3;
const DAY_MS = 24 * 60 * 60_000;

/** Who asks for more, as the dialogue has read them. */
export interface PracticeRequest {
  learner: { id: number };
  enrollment: EnrollmentRecord | null;
  audience: Audience | null;
  locale: Locale;
  zone: string;
}

/** A request with an active enrolment. */
type Ready = PracticeRequest & { enrollment: EnrollmentRecord; audience: Audience };

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
    private readonly transactor: Transactor,
    private readonly sessions: SessionRepository,
    private readonly cards: CardRepository,
    private readonly clock: Clock,
    private readonly grading: GradingService,
    private readonly planner: PlannerService,
    private readonly texts: SessionTexts,
    private readonly outbox: Outbox,
    private readonly flow: SessionFlow,
  ) {}

  /** The reply, or null when the practice went out as its own message. */
  async next(context: PracticeRequest): Promise<string | null> {
    const { enrollment, audience, locale } = context;
    if (enrollment?.status === 'paused') return noOpenPromptPaused(locale);
    if (enrollment?.status !== 'active' || !audience) return nothingMore(locale);
    const ready: Ready = { ...context, enrollment, audience };
    const open = await this.grading.openPrompt(context.learner.id);
    if (open) return this.askAgain(ready, open.promptId);
    if (this.sessionLaterToday(ready)) {
      const today = localDateOf(this.clock.now(), ready.zone);
      const nextSession = this.flow.nextSessionLabel(audience, enrollment, today);
      return noOpenPromptSessionToday(locale, { nextSession });
    }
    if (await this.startDueSession(ready)) return null;
    return this.transactor.run(() => this.askExtra(ready));
  }

  private async askAgain(context: Ready, promptId: number): Promise<string> {
    const prompt = await this.sessions.prompt(promptId);
    const session = await this.sessions.session(prompt.sessionId);
    return renderPrompt(
      context.locale,
      await this.texts.promptView(context.audience, session, prompt),
    );
  }

  /** Whether the next session starts later today: then extra practice waits for it. */
  private sessionLaterToday(context: Ready): boolean {
    const next = context.enrollment.nextSessionAt;
    const now = this.clock.now();
    return (
      !!next && next > now && localDateOf(next, context.zone) === localDateOf(now, context.zone)
    );
  }

  /** A session due now that the planner has not started yet (it ticks each minute) starts now. */
  private async startDueSession(context: Ready): Promise<boolean> {
    const next = context.enrollment.nextSessionAt;
    if (!next || next > this.clock.now()) return false;
    const counts = await this.planner.deliverNow({ learnerId: context.learner.id });
    return counts.started > 0;
  }

  private async askExtra(context: Ready): Promise<string | null> {
    const now = this.clock.now();
    const today = localDateOf(now, context.zone);
    const card = await this.soonestCard(context, today, now);
    if (!card) return nothingMore(context.locale);
    const session = await this.todaysSession(context, today, now);
    const prompt = await this.sessions.addPrompt({
      sessionId: session.id,
      enrollmentId: context.enrollment.id,
      questionId: card.questionId,
      kind: 'extra',
      status: 'open',
      sentAt: now,
      closedAt: null,
    });
    const view = await this.texts.promptView(context.audience, session, prompt);
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
  private soonestCard(context: Ready, today: string, now: Date): Promise<CardRecord | null> {
    return this.cards.soonestLive(
      context.enrollment.id,
      new Date(now.getTime() + SOON_DAYS * DAY_MS),
      instantAt(today, '00:00', context.zone),
    );
  }

  /**
   * Today's session, reopened for the extra prompt (the planner then expires the prompt at
   * midnight like any other), or a new one when there was no session today; then today
   * counts as held, which is true, and the next regular session is another day's.
   */
  private async todaysSession(
    context: Ready,
    today: string,
    now: Date,
  ): Promise<DailySessionRecord> {
    const enrollmentId = context.enrollment.id;
    const held = await this.sessions.sessionOn(enrollmentId, today);
    if (held) {
      await this.sessions.setStatus(held.id, 'open');
      return { ...held, status: 'open' };
    }
    return this.sessions.addSession({
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
    });
  }
}
