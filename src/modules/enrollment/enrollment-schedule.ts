import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { localDateOf } from '../../core/planning/local-time';
import { SessionSchedule, upcomingSessionStart } from '../../core/planning/next-session';
import type { CohortRecord, LearnerRecord } from '../../core/records';
import { EnrollmentRepository } from './enrollment.repository';
import { HolidayCalendars } from './holiday-calendars';

const CHUNK = 500;

/** Where the learner's own setting wins over the cohort's, and the cohort's over the service default. */
@Injectable()
export class EnrollmentSchedules {
  constructor(
    private readonly config: AppConfig,
    private readonly calendars: HolidayCalendars,
    private readonly enrollments: EnrollmentRepository,
  ) {}

  zoneOf(cohort: CohortRecord, learner: Pick<LearnerRecord, 'timezone'>): string {
    return learner.timezone ?? cohort.timezone ?? this.config.defaultTimezone;
  }

  scheduleFor(
    cohort: CohortRecord,
    learner: Pick<LearnerRecord, 'timezone' | 'deliveryTime'>,
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
   * Sets next_session_at of these enrollments from their current settings: active ones in
   * an active cohort get their next start (today's if today's session was not held yet),
   * others none. Set by set: per chunk a read of the enrollments, one of today's sessions
   * and one update. Run it inside the unit of work that changed them.
   */
  async refresh(enrollmentIds: number[], now: Date): Promise<void> {
    for (let i = 0; i < enrollmentIds.length; i += CHUNK)
      await this.refreshChunk(enrollmentIds.slice(i, i + CHUNK), now);
  }

  private async refreshChunk(ids: number[], now: Date): Promise<void> {
    const found = await this.enrollments.scheduleInputs(ids);
    const days = new Map<number, { schedule: SessionSchedule; today: string }>();
    for (const { id, status, learner, cohort } of found) {
      if (status !== 'active' || cohort.status !== 'active') continue;
      const schedule = this.scheduleFor(cohort, learner);
      days.set(id, { schedule, today: localDateOf(now, schedule.zone) });
    }
    const held =
      days.size === 0
        ? new Set<string>()
        : await this.enrollments.sessionsHeld(
            [...days.keys()],
            [...new Set([...days.values()].map((d) => d.today))],
          );
    const starts = found.map(({ id }) => {
      const day = days.get(id);
      const next = day
        ? upcomingSessionStart(day.schedule, now, held.has(`${id}|${day.today}`))
        : null;
      return { id, nextSessionAt: next };
    });
    await this.enrollments.setNextSessions(starts, now);
  }
}
