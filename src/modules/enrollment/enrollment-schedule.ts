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

const CHUNK = 500;

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
   * Sets next_session_at of these enrollments from their current settings: active ones in
   * an active cohort get their next start (today's if today's session was not held yet),
   * others none. Set by set: a read of the enrollments and of today's sessions per chunk,
   * and one update per distinct start.
   */
  async refresh(m: EntityManager, enrollmentIds: number[], now: Date): Promise<void> {
    for (let i = 0; i < enrollmentIds.length; i += CHUNK)
      await this.refreshChunk(m, enrollmentIds.slice(i, i + CHUNK), now);
  }

  private async refreshChunk(m: EntityManager, ids: number[], now: Date): Promise<void> {
    const enrollments = await m.find(EnrollmentEntity, {
      where: { id: In(ids) },
      relations: { learner: true, cohort: true },
    });
    const days = new Map<number, { schedule: SessionSchedule; today: string }>();
    for (const e of enrollments) {
      if (e.status !== 'active' || !e.learner || !e.cohort || e.cohort.status !== 'active')
        continue;
      const schedule = this.scheduleFor(e.cohort, e.learner);
      days.set(e.id, { schedule, today: localDateOf(now, schedule.zone) });
    }
    const held = await this.heldToday(m, days);
    const byStart = new Map<number | null, number[]>();
    for (const e of enrollments) {
      const day = days.get(e.id);
      const next = day
        ? upcomingSessionStart(day.schedule, now, held.has(`${e.id}|${day.today}`))
        : null;
      const key = next?.getTime() ?? null;
      const group = byStart.get(key);
      if (group) group.push(e.id);
      else byStart.set(key, [e.id]);
    }
    for (const [start, group] of byStart) {
      await m.update(
        EnrollmentEntity,
        { id: In(group) },
        { nextSessionAt: start === null ? null : new Date(start), updatedAt: now },
      );
    }
  }

  private async heldToday(
    m: EntityManager,
    days: Map<number, { today: string }>,
  ): Promise<Set<string>> {
    if (days.size === 0) return new Set();
    const sessions = await m.find(DailySessionEntity, {
      select: { enrollmentId: true, localDate: true },
      where: {
        enrollmentId: In([...days.keys()]),
        localDate: In([...new Set([...days.values()].map((d) => d.today))]),
      },
    });
    return new Set(sessions.map((s) => `${s.enrollmentId}|${s.localDate}`));
  }
}
