import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { localDateOf } from '../../core/planning/local-time';
import { SessionSchedule, upcomingSessionStart } from '../../core/planning/next-session';
import {
  CohortEntity,
  DailySessionEntity,
  EnrollmentEntity,
  LearnerEntity,
} from '../../infra/db/entities';
import { HolidayCalendars } from './holiday-calendars';

/** Where the learner's own setting wins over the cohort's, and the cohort's over the service default. */
@Injectable()
export class EnrollmentSchedules {
  constructor(
    private readonly config: AppConfig,
    private readonly calendars: HolidayCalendars,
  ) {}

  zoneOf(cohort: CohortEntity, learner: Pick<LearnerEntity, 'timezone'>): string {
    return learner.timezone ?? cohort.timezone ?? this.config.defaultTimezone;
  }

  scheduleFor(
    cohort: CohortEntity,
    learner: Pick<LearnerEntity, 'timezone' | 'deliveryTime'>,
  ): SessionSchedule {
    return {
      zone: this.zoneOf(cohort, learner),
      deliveryTime: learner.deliveryTime ?? cohort.deliveryTime,
      cohortStartDate: cohort.startDate,
      workdays: cohort.workdays,
      calendar: this.calendars.get(cohort.holidayCalendar),
    };
  }

  /**
   * Sets next_session_at of these enrollments from their current settings: active ones
   * get their next start (today's if today's session was not held yet), others none.
   */
  async refresh(m: EntityManager, enrollmentIds: number[], now: Date): Promise<void> {
    if (enrollmentIds.length === 0) return;
    const enrollments = await m.find(EnrollmentEntity, {
      where: { id: In(enrollmentIds) },
      relations: { learner: true, cohort: true },
    });
    for (const enrollment of enrollments) {
      const next = await this.nextStart(m, enrollment, now);
      await m.update(
        EnrollmentEntity,
        { id: enrollment.id },
        { nextSessionAt: next, updatedAt: now },
      );
    }
  }

  private async nextStart(
    m: EntityManager,
    enrollment: EnrollmentEntity,
    now: Date,
  ): Promise<Date | null> {
    if (enrollment.status !== 'active' || !enrollment.learner || !enrollment.cohort) return null;
    if (enrollment.cohort.status !== 'active') return null;
    const schedule = this.scheduleFor(enrollment.cohort, enrollment.learner);
    const today = localDateOf(now, schedule.zone);
    const heldToday = await m.existsBy(DailySessionEntity, {
      enrollmentId: enrollment.id,
      localDate: today,
    });
    return upcomingSessionStart(schedule, now, heldToday);
  }
}
