import { Injectable } from '@nestjs/common';
import { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AtRiskWindow, atRiskWindow, isAtRisk, RiskFacts } from '../../core/progress/at-risk';
import { ForgettingCurve, forgettingCurve } from '../../core/progress/recall';
import { localDateOf } from '../../core/planning/local-time';
import { CohortEntity } from '../../infra/db/entities';
import { EnrollmentSchedules } from '../enrollment/enrollment-schedule';
import { HolidayCalendars } from '../enrollment/holiday-calendars';
import { CurrentParameters } from '../memory-model/current-parameters';
import { dbNumber } from './db-values';

/** What every figure of one cohort's report shares. */
export interface CohortScope {
  cohort: CohortEntity;
  now: Date;
  /** Lessons in the course now. */
  lessonsTotal: number;
  /** Taken out of the course files: never taught again, so their deliveries and cards do not count. */
  retiredLessonIds: number[];
  retiredQuestionIds: number[];
  /** The forgetting curve of the course's current FSRS parameters. */
  curve: ForgettingCurve;
  /** Whether a learner is at risk, with the window worked out once per time zone. */
  atRisk(learner: RiskFacts & { timezone: string | null }): boolean;
}

@Injectable()
export class CohortScopes {
  constructor(
    private readonly dataSource: DataSource,
    private readonly schedules: EnrollmentSchedules,
    private readonly calendars: HolidayCalendars,
    private readonly fitted: CurrentParameters,
  ) {}

  async of(cohort: CohortEntity, now: Date): Promise<CohortScope> {
    const content = await this.content(cohort.courseId);
    const parameters = await this.fitted.forCourse(cohort.courseId);
    const calendar = this.calendars.get(cohort.holidayCalendar);
    const windows = new Map<string, AtRiskWindow | null>();
    const windowFor = (zone: string) => {
      if (!windows.has(zone)) {
        windows.set(zone, atRiskWindow(localDateOf(now, zone), zone, { ...cohort, calendar }));
      }
      return windows.get(zone)!;
    };
    return {
      cohort,
      now,
      ...content,
      curve: forgettingCurve(parameters),
      atRisk: (learner) => isAtRisk(learner, windowFor(this.schedules.zoneOf(cohort, learner))),
    };
  }

  /**
   * The course's lessons and questions, live or retired. Listing the few retired ones lets the
   * big queries skip a join per card; most courses have none, and then there is no filter at all.
   */
  private async content(courseId: string) {
    const rows = await this.dataSource
      .createQueryBuilder()
      .select('ls.id', 'lessonId')
      .addSelect('CASE WHEN ls.retired_at IS NULL THEN 0 ELSE 1 END', 'lessonRetired')
      .addSelect('q.id', 'questionId')
      .addSelect(
        'CASE WHEN q.retired_at IS NULL AND ls.retired_at IS NULL THEN 0 ELSE 1 END',
        'questionRetired',
      )
      .from('lessons', 'ls')
      .leftJoin('questions', 'q', 'q.lesson_id = ls.id')
      .where('ls.course_id = :courseId', { courseId })
      .getRawMany<Record<string, unknown>>();
    const lessons = new Map(
      rows.map((r) => [dbNumber(r.lessonId), dbNumber(r.lessonRetired) === 1]),
    );
    const retiredQuestionIds = rows
      .filter((r) => r.questionId !== null && dbNumber(r.questionRetired) === 1)
      .map((r) => dbNumber(r.questionId));
    return {
      lessonsTotal: [...lessons.values()].filter((retired) => !retired).length,
      retiredLessonIds: [...lessons].filter(([, retired]) => retired).map(([id]) => id),
      retiredQuestionIds,
    };
  }
}

/** `column NOT IN (ids)`, or nothing when there are none. */
export function excluding<T extends SelectQueryBuilder<ObjectLiteral>>(
  query: T,
  column: string,
  ids: number[],
): T {
  if (ids.length === 0) return query;
  const name = `not_${column.replace(/\W/g, '_')}`;
  return query.andWhere(`${column} NOT IN (:...${name})`, { [name]: ids });
}
