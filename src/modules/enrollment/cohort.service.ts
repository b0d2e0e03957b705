import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { Clock } from '../../core/clock';
import {
  COHORT_DEFAULTS,
  CohortSettings,
  cohortSettingsProblems,
} from '../../core/enrollment/cohort-settings';
import { localDateOf } from '../../core/planning/local-time';
import { DomainError, ErrorDetail } from '../../core/errors';
import { CohortEntity, CourseEntity, EnrollmentEntity } from '../../infra/db/entities';
import type { CohortStatus } from '../../infra/db/entities/cohort.entity';
import { EnrollmentSchedules } from './enrollment-schedule';
import { HolidayCalendars } from './holiday-calendars';
import { runTransaction } from '../../infra/db/transactions';

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
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly calendars: HolidayCalendars,
    private readonly schedules: EnrollmentSchedules,
  ) {}

  async create(input: NewCohort): Promise<CohortEntity> {
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
    const repo = this.dataSource.getRepository(CohortEntity);
    return repo.save(
      repo.create({ ...settings, name: settings.name.trim(), createdAt: now, updatedAt: now }),
    );
  }

  async get(id: number): Promise<CohortEntity> {
    const cohort = await this.dataSource.getRepository(CohortEntity).findOneBy({ id });
    if (!cohort) throw new DomainError('not-found', `Cohort ${id} does not exist`);
    return cohort;
  }

  list(): Promise<CohortEntity[]> {
    return this.dataSource.getRepository(CohortEntity).find({ order: { id: 'ASC' } });
  }

  /** Changes settings; history and cards stay, and every active enrolment is rescheduled. */
  async update(id: number, patch: Partial<CohortSettings>): Promise<CohortEntity> {
    const cohort = await this.get(id);
    await this.check(patch);
    const now = this.clock.now();
    return runTransaction(this.dataSource, async (m) => {
      await m.update(CohortEntity, { id }, { ...patch, updatedAt: now });
      await this.reschedule(m, cohort.id, now);
      return m.findOneByOrFail(CohortEntity, { id });
    });
  }

  /** Pausing or archiving clears every next session; resuming schedules them again. */
  async setStatus(id: number, status: CohortStatus): Promise<CohortEntity> {
    await this.get(id);
    const now = this.clock.now();
    return runTransaction(this.dataSource, async (m) => {
      await m.update(CohortEntity, { id }, { status, updatedAt: now });
      await this.reschedule(m, id, now);
      return m.findOneByOrFail(CohortEntity, { id });
    });
  }

  /** The cohort, if it may take new learners (archived ones may not: 409). */
  async openForEnrolment(id: number): Promise<CohortEntity> {
    const cohort = await this.get(id);
    if (cohort.status === 'archived') {
      throw new DomainError(
        'conflict',
        `Cohort ${id} is archived and takes no new learners; set its status to active first`,
      );
    }
    return cohort;
  }

  private async reschedule(m: EntityManager, cohortId: number, now: Date): Promise<void> {
    const enrollments = await m.find(EnrollmentEntity, {
      select: { id: true },
      where: { cohortId },
    });
    await this.schedules.refresh(
      m,
      enrollments.map((e) => e.id),
      now,
    );
  }

  private async check(settings: Partial<CohortSettings>): Promise<void> {
    const problems: ErrorDetail[] = cohortSettingsProblems(settings);
    if (settings.courseId !== undefined) {
      const course = await this.dataSource
        .getRepository(CourseEntity)
        .findOneBy({ id: String(settings.courseId), retiredAt: IsNull() });
      if (!course)
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
