import { Injectable } from '@nestjs/common';
import type { CohortRecord } from '../../../core/records';
import { CalendarWarnings } from '../../enrollment/calendar-warnings';
import { CohortRepository } from '../../enrollment/cohort.repository';
import { CohortService } from '../../enrollment/cohort.service';
import { definedOnly } from '../common/defined-only';
import { CreateCohortDto, UpdateCohortDto } from './dto/cohort.dto';
import { CohortResponse, LearnerCountsResponse } from './dto/cohort.response';

type Counts = Map<number, LearnerCountsResponse>;

const emptyCounts = (): LearnerCountsResponse => ({
  total: 0,
  active: 0,
  paused: 0,
  completed: 0,
  withdrawn: 0,
});

/** Cohorts as HR sees them: the engine's settings plus how many learners are where. */
@Injectable()
export class CohortAdminService {
  constructor(
    private readonly cohortRows: CohortRepository,
    private readonly cohorts: CohortService,
    private readonly calendars: CalendarWarnings,
  ) {}

  async create(dto: CreateCohortDto): Promise<CohortResponse> {
    const cohort = await this.cohorts.create(definedOnly(dto) as CreateCohortDto);
    return this.response(cohort, emptyCounts());
  }

  async list(): Promise<CohortResponse[]> {
    const cohorts = await this.cohorts.list();
    const counts = await this.learnerCounts();
    return cohorts.map((c) => this.response(c, counts.get(c.id) ?? emptyCounts()));
  }

  async get(id: number): Promise<CohortResponse> {
    const cohort = await this.cohorts.get(id);
    const counts = await this.learnerCounts(id);
    return this.response(cohort, counts.get(id) ?? emptyCounts());
  }

  /** Settings only: cards, history and sessions stay, and every enrolment is rescheduled. */
  async update(id: number, dto: UpdateCohortDto): Promise<CohortResponse> {
    const { status, ...settings } = definedOnly(dto);
    let cohort = await this.cohorts.update(id, settings);
    if (status) cohort = await this.cohorts.setStatus(id, status);
    const counts = await this.learnerCounts(id);
    return this.response(cohort, counts.get(id) ?? emptyCounts());
  }

  private response(cohort: CohortRecord, learners: LearnerCountsResponse): CohortResponse {
    return toCohortResponse(cohort, learners, this.calendars.forCohort(cohort));
  }

  private async learnerCounts(cohortId?: number): Promise<Counts> {
    const counts: Counts = new Map();
    for (const row of await this.cohortRows.statusCounts(cohortId)) {
      const entry = counts.get(row.cohortId) ?? emptyCounts();
      entry[row.status] = row.count;
      entry.total += row.count;
      counts.set(row.cohortId, entry);
    }
    return counts;
  }
}

export function toCohortResponse(
  cohort: CohortRecord,
  learners: LearnerCountsResponse,
  calendarWarning: string | null,
): CohortResponse {
  return {
    id: cohort.id,
    name: cohort.name,
    courseId: cohort.courseId,
    status: cohort.status,
    startDate: cohort.startDate,
    timezone: cohort.timezone,
    deliveryTime: cohort.deliveryTime,
    workdays: cohort.workdays,
    newLessonsPerDay: cohort.newLessonsPerDay,
    maxReviewsPerDay: cohort.maxReviewsPerDay,
    desiredRetention: cohort.desiredRetention,
    reminderAfterHours: cohort.reminderAfterHours,
    quietHoursStart: cohort.quietHoursStart,
    quietHoursEnd: cohort.quietHoursEnd,
    masteryDays: cohort.masteryDays,
    lessonQuestions: cohort.lessonQuestions,
    holidayCalendar: cohort.holidayCalendar,
    calendarWarning,
    learners,
    createdAt: cohort.createdAt,
    updatedAt: cohort.updatedAt,
  };
}
