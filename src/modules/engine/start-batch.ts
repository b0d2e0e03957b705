import { Injectable } from '@nestjs/common';
import { QuestionCard } from '../../core/planning/plan-day';
import { endOfLocalDay, localDateOf } from '../../core/planning/local-time';
import { SessionSchedule, sessionStartAfter } from '../../core/planning/next-session';
import { EnrollmentSchedules } from '../enrollment/enrollment-schedule';
import { CardRepository } from './card.repository';
import { EnrollmentPlanRepository, PlannedEnrollment } from './enrollment-plan.repository';
import { SessionRepository } from './session.repository';

/** Where an enrollment stands today: its schedule, local date and the start after today's. */
export interface EnrollmentDay {
  schedule: SessionSchedule;
  localDate: string;
  /** Where today's prompts expire; no card due later can be asked today. */
  endOfDay: Date;
  nextSessionAt: Date | null;
}

/** What starting a batch of enrollments reads: each kind of row in one query. */
export interface StartBatch {
  enrollments: PlannedEnrollment[];
  days: Map<number, EnrollmentDay>;
  held: Set<number>;
  delivered: Map<number, Set<number>>;
  cards: Map<number, QuestionCard[]>;
}

/** Reads a batch of enrollments about to start their day, set by set. */
@Injectable()
export class StartBatches {
  constructor(
    private readonly schedules: EnrollmentSchedules,
    private readonly plans: EnrollmentPlanRepository,
    private readonly sessions: SessionRepository,
    private readonly cards: CardRepository,
  ) {}

  /** Everything the batch's decisions read, a query per kind of row. */
  async read(enrollmentIds: number[], now: Date): Promise<StartBatch> {
    const enrollments = await this.plans.withLearnersAndCohorts(enrollmentIds);
    const days = this.daysOf(enrollments, now);
    return {
      enrollments,
      days,
      held: await this.sessions.heldOn([...days].map(([id, day]) => [id, day.localDate])),
      delivered: await this.plans.deliveredLessons(enrollmentIds),
      // The plan never asks a card due after today's end.
      cards: await this.cards.dueBefore(enrollmentIds, latestEndOfDay(days)),
    };
  }

  /** Enrollments share schedules (a cohort, a zone, a time), so each is worked out once. */
  private daysOf(enrollments: PlannedEnrollment[], now: Date): Map<number, EnrollmentDay> {
    const bySchedule = new Map<string, EnrollmentDay>();
    const days = new Map<number, EnrollmentDay>();
    for (const { id, cohort, learner } of enrollments) {
      const key = `${cohort.id}|${learner.timezone ?? ''}|${learner.deliveryTime ?? ''}`;
      let day = bySchedule.get(key);
      if (!day) {
        const schedule = this.schedules.scheduleFor(cohort, learner);
        const localDate = localDateOf(now, schedule.zone);
        day = {
          schedule,
          localDate,
          endOfDay: endOfLocalDay(localDate, schedule.zone),
          nextSessionAt: sessionStartAfter(schedule, localDate),
        };
        bySchedule.set(key, day);
      }
      days.set(id, day);
    }
    return days;
  }
}

const latestEndOfDay = (days: Map<number, EnrollmentDay>) =>
  new Date(Math.max(0, ...[...new Set(days.values())].map((d) => d.endOfDay.getTime())));
