import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { DayPlan, planDay } from '../../core/planning/plan-day';
import { localDateOf } from '../../core/planning/local-time';
import { sessionStartAfter } from '../../core/planning/next-session';
import { newCardState } from '../../core/srs/card-state';
import {
  CardEntity,
  DailySessionEntity,
  EnrollmentEntity,
  EnrollmentLessonEntity,
  SessionPromptEntity,
} from '../../infra/db/entities';
import { EnrollmentSchedules } from '../enrollment/enrollment-schedule';
import { toCardState } from './card-mapping';
import { CurriculumCache } from './curriculum';
import { Outbox } from './outbox';
import { SessionTexts } from './session-texts';

export type StartOutcome = 'started' | 'already-today' | 'nothing-due' | 'day-off' | 'not-bound';

const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

/**
 * Starts today's session for a batch of enrollments, each in the caller's transaction:
 * the session row (unique per enrollment and local date), its lessons and new cards,
 * the first prompt and the first message commit together or not at all.
 */
@Injectable()
export class SessionStarter {
  constructor(
    private readonly schedules: EnrollmentSchedules,
    private readonly outbox: Outbox,
    private readonly texts: SessionTexts,
  ) {}

  async start(
    m: EntityManager,
    enrollmentIds: number[],
    now: Date,
    curricula: CurriculumCache,
    options: { force?: boolean } = {},
  ): Promise<Map<number, StartOutcome>> {
    const outcomes = new Map<number, StartOutcome>();
    if (enrollmentIds.length === 0) return outcomes;
    const enrollments = await m.find(EnrollmentEntity, {
      where: { id: In(enrollmentIds) },
      relations: { learner: true, cohort: true },
    });
    const delivered = await this.deliveredLessons(m, enrollmentIds);
    const cards = await this.cardsOf(m, enrollmentIds);
    for (const enrollment of enrollments) {
      const outcome = await this.startOne(m, enrollment, now, curricula, {
        delivered: delivered.get(enrollment.id) ?? new Set(),
        cards: cards.get(enrollment.id) ?? [],
        force: options.force ?? false,
      });
      outcomes.set(enrollment.id, outcome);
    }
    return outcomes;
  }

  private async startOne(
    m: EntityManager,
    enrollment: EnrollmentEntity,
    now: Date,
    curricula: CurriculumCache,
    known: { delivered: Set<number>; cards: CardEntity[]; force: boolean },
  ): Promise<StartOutcome> {
    const { learner, cohort } = enrollment as Required<EnrollmentEntity>;
    const schedule = this.schedules.scheduleFor(cohort, learner);
    const localDate = localDateOf(now, schedule.zone);
    const next = (): Promise<unknown> =>
      m.update(
        EnrollmentEntity,
        { id: enrollment.id },
        { nextSessionAt: sessionStartAfter(schedule, localDate) },
      );
    if (await m.existsBy(DailySessionEntity, { enrollmentId: enrollment.id, localDate })) {
      await next();
      return 'already-today';
    }
    if (!learner.wechatContactId) {
      await next();
      return 'not-bound';
    }
    const curriculum = await curricula.get(cohort.courseId);
    const plan = planDay({
      now,
      localDate,
      zone: schedule.zone,
      deliveryTime: schedule.deliveryTime,
      cohortStartDate: known.force ? localDate : cohort.startDate,
      workdays: known.force ? EVERY_DAY : cohort.workdays,
      calendar: known.force ? undefined : schedule.calendar,
      newLessonsPerDay: cohort.newLessonsPerDay,
      maxReviewsPerDay: cohort.maxReviewsPerDay,
      reminderAfterHours: cohort.reminderAfterHours,
      quietHours: { start: cohort.quietHoursStart, end: cohort.quietHoursEnd },
      curriculum: curriculum.lessons,
      deliveredLessonIds: known.delivered,
      cards: known.cards.map((card) => ({ questionId: card.questionId, card: toCardState(card) })),
    });
    await next();
    if (!plan.isSessionDay) return 'day-off';
    const questionIds = [...plan.newLessons.flatMap((l) => l.questionIds), ...plan.reviews];
    if (questionIds.length === 0) return 'nothing-due';
    await this.open(m, enrollment, localDate, plan, questionIds, now);
    return 'started';
  }

  private async open(
    m: EntityManager,
    enrollment: EnrollmentEntity,
    localDate: string,
    plan: DayPlan,
    questionIds: number[],
    now: Date,
  ): Promise<void> {
    const lessonIds = plan.newLessons.map((l) => l.lessonId);
    const session = await m.save(
      m.create(DailySessionEntity, {
        enrollmentId: enrollment.id,
        localDate,
        status: 'open',
        startedAt: plan.startAt,
        expiresAt: plan.expiresAt,
        reminderAt: plan.reminderAt,
        queue: { lessonIds, questionIds },
        promptsTotal: questionIds.length,
        answered: 0,
        correct: 0,
      }),
    );
    for (const lessonId of lessonIds) {
      await m.insert(EnrollmentLessonEntity, {
        enrollmentId: enrollment.id,
        lessonId,
        sessionId: session.id,
        deliveredAt: now,
      });
    }
    await this.createCards(
      m,
      enrollment.id,
      plan.newLessons.flatMap((l) => l.questionIds),
      plan.startAt,
    );
    const prompt = await m.save(
      m.create(SessionPromptEntity, {
        sessionId: session.id,
        enrollmentId: enrollment.id,
        questionId: questionIds[0],
        kind: lessonIds.length > 0 ? 'new' : 'review',
        status: 'open',
        sentAt: plan.startAt,
      }),
    );
    const body = await this.texts.opening(m, enrollment, session, prompt);
    await this.outbox.enqueue(
      m,
      [
        {
          learnerId: enrollment.learnerId,
          dedupeKey: `session:${session.id}:opening`,
          kind: 'lesson',
          body,
          notBefore: plan.startAt,
        },
      ],
      now,
    );
  }

  private async createCards(
    m: EntityManager,
    enrollmentId: number,
    questionIds: number[],
    at: Date,
  ): Promise<void> {
    if (questionIds.length === 0) return;
    const rows = questionIds.map((questionId) => ({
      enrollmentId,
      questionId,
      ...newCardState(at),
      createdAt: at,
    }));
    // A lesson retired and revived may already have cards: keep their history.
    await m.createQueryBuilder().insert().into(CardEntity).values(rows).orIgnore().execute();
  }

  private async deliveredLessons(
    m: EntityManager,
    enrollmentIds: number[],
  ): Promise<Map<number, Set<number>>> {
    const rows = await m.find(EnrollmentLessonEntity, {
      select: { enrollmentId: true, lessonId: true },
      where: { enrollmentId: In(enrollmentIds) },
    });
    const byEnrollment = new Map<number, Set<number>>();
    for (const row of rows) {
      const set = byEnrollment.get(row.enrollmentId) ?? new Set<number>();
      set.add(row.lessonId);
      byEnrollment.set(row.enrollmentId, set);
    }
    return byEnrollment;
  }

  private async cardsOf(
    m: EntityManager,
    enrollmentIds: number[],
  ): Promise<Map<number, CardEntity[]>> {
    const byEnrollment = new Map<number, CardEntity[]>();
    for (const card of await m.findBy(CardEntity, { enrollmentId: In(enrollmentIds) })) {
      byEnrollment.set(card.enrollmentId, [...(byEnrollment.get(card.enrollmentId) ?? []), card]);
    }
    return byEnrollment;
  }
}
