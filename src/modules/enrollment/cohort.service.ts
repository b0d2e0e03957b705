import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { Clock } from '../../core/clock';
import {
  COHORT_DEFAULTS,
  CohortSettings,
  cohortSettingsProblems,
} from '../../core/enrollment/cohort-settings';
import { localDateOf } from '../../core/planning/local-time';
import { DomainError, ErrorDetail } from '../../core/errors';
import type { CohortRecord, CohortStatus } from '../../core/records';
import { Transactor } from '../../core/transactor';
import { CohortRepository } from './cohort.repository';
import { EnrollmentRepository } from './enrollment.repository';
import { EnrollmentSchedules } from './enrollment-schedule';
import { HolidayCalendars } from './holiday-calendars';

const CHINA_ZONES = new Set([
  'Asia/Shanghai',
  'Asia/Chongqing',
  'Asia/Harbin',
  'Asia/Urumqi',
  'PRC',
]);

export type NewCohort = Pick<CohortSettings, 'name' | 'courseId'> & Partial<CohortSettings>;

@Injectable()
export class CohortService {
  constructor(
    private readonly transactor: Transactor,
    private readonly cohorts: CohortRepository,
    private readonly enrollments: EnrollmentRepository,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly calendars: HolidayCalendars,
    private readonly schedules: EnrollmentSchedules,
  ) {}

  async create(input: NewCohort): Promise<CohortRecord> {
    // Checked before the defaults are worked out: they depend on the timezone being real.
    await this.check(input);
    const now = this.clock.now();
    const timezone = input.timezone ?? this.config.defaultTimezone;
    const settings: CohortSettings = {
      ...COHORT_DEFAULTS,
      workdays: [...COHORT_DEFAULTS.workdays],
      startDate: localDateOf(now, timezone),
      holidayCalendar: CHINA_ZONES.has(timezone) && this.calendars.get('cn') ? 'cn' : null,
      ...input,
      timezone,
    };
    return this.cohorts.create({
      ...settings,
      name: settings.name.trim(),
      status: 'active',
      createdAt: now,
      updatedAt: now,
    });
  }

  async get(id: number): Promise<CohortRecord> {
    const cohort = await this.cohorts.find(id);
    if (!cohort) throw new DomainError('not-found', `Cohort ${id} does not exist`);
    return cohort;
  }

  list(): Promise<CohortRecord[]> {
    return this.cohorts.list();
  }

  /** Changes settings; history and cards stay, and every active enrolment is rescheduled. */
  async update(id: number, patch: Partial<CohortSettings>): Promise<CohortRecord> {
    const cohort = await this.get(id);
    await this.check(patch);
    const now = this.clock.now();
    return this.transactor.run(async () => {
      await this.cohorts.update(id, { ...patch, updatedAt: now });
      await this.reschedule(cohort.id, now);
      return this.get(id);
    });
  }

  /** Pausing or archiving clears every next session; resuming schedules them again. */
  async setStatus(id: number, status: CohortStatus): Promise<CohortRecord> {
    await this.get(id);
    const now = this.clock.now();
    return this.transactor.run(async () => {
      await this.cohorts.update(id, { status, updatedAt: now });
      await this.reschedule(id, now);
      return this.get(id);
    });
  }

  /** The cohort, if it may take new learners (archived ones may not: 409). */
  async openForEnrolment(id: number): Promise<CohortRecord> {
    const cohort = await this.get(id);
    if (cohort.status === 'archived') {
      throw new DomainError(
        'conflict',
        `Cohort ${id} is archived and takes no new learners; set its status to active first`,
      );
    }
    return cohort;
  }

  private async reschedule(cohortId: number, now: Date): Promise<void> {
    await this.schedules.refresh(await this.enrollments.idsOfCohort(cohortId), now);
  }

  private async check(settings: Partial<CohortSettings>): Promise<void> {
    const problems: ErrorDetail[] = cohortSettingsProblems(settings);
    if (settings.courseId !== undefined) {
      if (!(await this.cohorts.courseIsLive(String(settings.courseId))))
        problems.push({ field: 'courseId', message: `no course "${settings.courseId}" exists` });
    }
    if (settings.holidayCalendar && !this.calendars.get(settings.holidayCalendar)) {
      const known = this.calendars.names().join(', ') || 'none';
      problems.push({ field: 'holidayCalendar', message: `must be one of: ${known}` });
    }
    if (problems.length > 0) {
      throw new DomainError(
        'invalid-input',
        `The cohort has ${problems.length} invalid setting(s)`,
        problems,
      );
    }
  }
}
