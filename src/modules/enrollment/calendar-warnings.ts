import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { Clock } from '../../core/clock';
import { calendarEndWarning } from '../../core/planning/calendar-coverage';
import { localDateOf } from '../../core/planning/local-time';
import type { CohortRecord } from '../../core/records';
import { CohortRepository } from './cohort.repository';
import { HolidayCalendars } from './holiday-calendars';

export interface CohortCalendarWarning {
  cohortId: number;
  cohortName: string;
  warning: string;
}

/**
 * Holiday calendars are files, one a year: when the last one runs out, sessions fall on
 * public holidays without anyone noticing. This says so from 30 days before, per cohort.
 */
@Injectable()
export class CalendarWarnings implements OnApplicationBootstrap {
  private readonly logger = new Logger('HolidayCalendars');

  constructor(
    private readonly cohorts: CohortRepository,
    private readonly clock: Clock,
    private readonly calendars: HolidayCalendars,
  ) {}

  forCohort(cohort: CohortRecord): string | null {
    const until = this.calendars.coveredUntil(cohort.holidayCalendar);
    if (!cohort.holidayCalendar || !until) return null;
    const today = localDateOf(this.clock.now(), cohort.timezone);
    return calendarEndWarning(cohort.holidayCalendar, until, today);
  }

  /** The warnings of every cohort not archived. */
  async current(): Promise<CohortCalendarWarning[]> {
    const cohorts = await this.cohorts.list();
    return cohorts.flatMap((cohort) => {
      if (cohort.status === 'archived') return [];
      const warning = this.forCohort(cohort);
      return warning ? [{ cohortId: cohort.id, cohortName: cohort.name, warning }] : [];
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.log();
  }

  @Cron('0 0 9 * * *', { name: 'calendar-warnings', timeZone: 'Asia/Shanghai' })
  async log(): Promise<void> {
    try {
      for (const { cohortId, cohortName, warning } of await this.current())
        this.logger.warn(`Cohort ${cohortId} "${cohortName}": ${warning}`);
    } catch (error) {
      this.logger.error(`The calendar check failed: ${(error as Error).message}`);
    }
  }
}
