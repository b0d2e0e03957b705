import { Injectable } from '@nestjs/common';
import type { LocalizedText } from '../../core/content/course-model';
import { localize } from '../../core/messages/localized-text';
import { PromptView } from '../../core/messages/message-views';
import { renderLessonMessage, renderReviewStart } from '../../core/messages/quiz-messages';
import { DayPlan, planDay } from '../../core/planning/plan-day';
import { newCardState } from '../../core/srs/card-state';
import { SchedulingPolicy } from '../../core/srs/policy';
import { forecastFor } from '../../core/srs/review-value';
import { Outbox, OutboxEntry } from '../delivery/outbox';
import { CurrentParameters } from '../memory-model/current-parameters';
import { CardRepository } from './card.repository';
import { Curriculum, CurriculumCache } from './curriculum';
import { EnrollmentPlanRepository, PlannedEnrollment } from './enrollment-plan.repository';
import { SessionRepository } from './session.repository';
import { EnrollmentDay, StartBatch, StartBatches } from './start-batch';

export type StartOutcome = 'started' | 'already-today' | 'nothing-due' | 'day-off' | 'not-bound';

const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

/** A session to open: decided in memory, then written with every other one of the batch. */
interface Opening {
  enrollment: PlannedEnrollment;
  curriculum: Curriculum;
  localDate: string;
  plan: DayPlan;
}

/**
 * Starts today's session for a batch of enrollments, in the caller's transaction: the
 * session rows (unique per enrollment and local date), their lessons and new cards, the
 * first prompts and the first messages commit together or not at all. The batch is read
 * and written set by set, a handful of statements whatever its size.
 */
@Injectable()
export class SessionStarter {
  constructor(
    private readonly batches: StartBatches,
    private readonly outbox: Outbox,
    private readonly policy: SchedulingPolicy,
    private readonly fitted: CurrentParameters,
    private readonly plans: EnrollmentPlanRepository,
    private readonly sessions: SessionRepository,
    private readonly cards: CardRepository,
  ) {}

  async start(
    enrollmentIds: number[],
    now: Date,
    curricula: CurriculumCache,
    options: { force?: boolean } = {},
  ): Promise<Map<number, StartOutcome>> {
    const outcomes = new Map<number, StartOutcome>();
    if (enrollmentIds.length === 0) return outcomes;
    const batch = await this.batches.read(enrollmentIds, now);
    const openings: Opening[] = [];
    for (const enrollment of batch.enrollments) {
      const decided = await this.decide(enrollment, batch, now, curricula, options.force ?? false);
      if (typeof decided !== 'string') openings.push(decided);
      outcomes.set(enrollment.id, typeof decided === 'string' ? decided : 'started');
    }
    await this.moveNextSessions(batch.days);
    await this.open(openings, now);
    return outcomes;
  }

  private async decide(
    enrollment: PlannedEnrollment,
    batch: StartBatch,
    now: Date,
    curricula: CurriculumCache,
    force: boolean,
  ): Promise<StartOutcome | Opening> {
    if (batch.held.has(enrollment.id)) return 'already-today';
    if (!enrollment.learner.wechatContactId) return 'not-bound';
    const curriculum = await curricula.get(enrollment.cohort.courseId);
    const { schedule, localDate } = batch.days.get(enrollment.id)!;
    const { cohort } = enrollment;
    const plan = planDay({
      now,
      localDate,
      zone: schedule.zone,
      // Deliver-now means now, even before the learner's usual time.
      deliveryTime: force ? '00:00' : schedule.deliveryTime,
      cohortStartDate: force ? localDate : cohort.startDate,
      workdays: force ? EVERY_DAY : cohort.workdays,
      calendar: force ? undefined : schedule.calendar,
      newLessonsPerDay: cohort.newLessonsPerDay,
      maxReviewsPerDay: cohort.maxReviewsPerDay,
      reminderAfterHours: cohort.reminderAfterHours,
      quietHours: { start: cohort.quietHoursStart, end: cohort.quietHoursEnd },
      curriculum: curriculum.lessons,
      deliveredLessonIds: batch.delivered.get(enrollment.id) ?? new Set(),
      cards: batch.cards.get(enrollment.id) ?? [],
      reviewOrder: this.policy.reviewOrder,
      horizonDays: cohort.masteryDays,
      forecast: forecastFor(await this.fitted.forCourse(cohort.courseId)),
      lessonQuestions: cohort.lessonQuestions,
    });
    if (!plan.isSessionDay) return 'day-off';
    if (plan.prompts.length === 0) return 'nothing-due';
    return { enrollment, curriculum, localDate, plan };
  }

  /** Every enrollment looked at moves on to its next start, whatever today brought. */
  private async moveNextSessions(days: Map<number, EnrollmentDay>) {
    const byStart = new Map<number | null, number[]>();
    for (const [id, day] of days) {
      const key = day.nextSessionAt?.getTime() ?? null;
      const ids = byStart.get(key);
      if (ids) ids.push(id);
      else byStart.set(key, [id]);
    }
    await this.plans.moveNextSessions(byStart);
  }

  private async open(openings: Opening[], now: Date): Promise<void> {
    if (openings.length === 0) return;
    const sessionIds = await this.insertSessions(openings);
    const sessionOf = (o: Opening) => sessionIds.get(`${o.enrollment.id}|${o.localDate}`)!;
    await this.plans.recordLessons(openings.flatMap((o) => lessonRows(o, sessionOf(o), now)));
    // A lesson retired and revived may already have cards: keep their history.
    await this.cards.addNew(openings.flatMap(newCardRows));
    await this.sessions.addPrompts(openings.map((o) => firstPromptRow(o, sessionOf(o))));
    const messages = openings.map((o) => openingMessage(o, sessionOf(o)));
    await this.outbox.enqueue(messages, now);
  }

  /** Inserts the sessions and returns their ids by `enrollmentId|localDate`. */
  private insertSessions(openings: Opening[]) {
    return this.sessions.addSessions(
      openings.map(({ enrollment, localDate, plan }) => ({
        enrollmentId: enrollment.id,
        localDate,
        status: 'open' as const,
        startedAt: plan.startAt,
        expiresAt: plan.expiresAt,
        reminderAt: plan.reminderAt,
        queue: { lessonIds: plan.newLessons.map((l) => l.lessonId), questionIds: plan.prompts },
        promptsTotal: plan.prompts.length,
        answered: 0,
        correct: 0,
      })),
    );
  }
}

const lessonRows = (o: Opening, sessionId: number, now: Date) =>
  o.plan.newLessons.map((l) => ({
    enrollmentId: o.enrollment.id,
    lessonId: l.lessonId,
    sessionId,
    deliveredAt: now,
  }));

const newCardRows = (o: Opening) =>
  o.plan.newLessons.flatMap((l) =>
    l.questionIds.map((questionId) => ({
      enrollmentId: o.enrollment.id,
      questionId,
      ...newCardState(o.plan.startAt),
      createdAt: o.plan.startAt,
    })),
  );

const firstPromptRow = (o: Opening, sessionId: number) => ({
  sessionId,
  enrollmentId: o.enrollment.id,
  questionId: o.plan.prompts[0],
  kind: o.plan.newLessons.some((l) => l.questionIds.includes(o.plan.prompts[0]))
    ? ('new' as const)
    : ('review' as const),
  status: 'open' as const,
  sentAt: o.plan.startAt,
  closedAt: null,
});

/** The day's first message: the new lesson(s), or a review greeting, then the first prompt. */
function openingMessage(o: Opening, sessionId: number): OutboxEntry {
  const { learner } = o.enrollment;
  const { course, lessonsById, questionsById } = o.curriculum;
  const fallback = course.defaultLocale;
  const locale = learner.locale === 'zh' || learner.locale === 'en' ? learner.locale : fallback;
  const text = (t: LocalizedText) => localize(t, locale, fallback);
  const question = questionsById.get(o.plan.prompts[0])!;
  const firstPrompt: PromptView = {
    position: 1,
    total: o.plan.prompts.length,
    type: question.type,
    prompt: text(question.prompt),
    choices: question.choices.map(text),
  };
  const lessons = o.plan.newLessons
    .map((l) => lessonsById.get(l.lessonId)!)
    .sort((a, b) => a.position - b.position);
  const body =
    lessons.length === 0
      ? renderReviewStart(locale, { reviewCount: o.plan.prompts.length, firstPrompt })
      : lessons
          .map((lesson, i) =>
            renderLessonMessage(locale, {
              courseTitle: text(course.title),
              lessonTitle: text(lesson.title),
              body: text(lesson.body),
              dayNumber: lesson.position + 1,
              firstPrompt: i === lessons.length - 1 ? firstPrompt : undefined,
              questionsLater: asksLater(o),
            }),
          )
          .join('\n\n');
  return {
    learnerId: o.enrollment.learnerId,
    dedupeKey: `session:${sessionId}:opening`,
    kind: 'lesson',
    body,
    notBefore: o.plan.startAt,
  };
}

/** Today's lessons have questions, and none of them is asked today. */
const asksLater = (o: Opening): boolean => {
  const lessonQuestions = o.plan.newLessons.flatMap((l) => l.questionIds);
  return lessonQuestions.length > 0 && !lessonQuestions.some((id) => o.plan.prompts.includes(id));
};
