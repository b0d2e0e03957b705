import { Injectable } from '@nestjs/common';
import { AtRiskWindow, atRiskWindow, isAtRisk, RiskFacts } from '../../core/progress/at-risk';
import { ForgettingCurve, forgettingCurve } from '../../core/progress/recall';
import { localDateOf } from '../../core/planning/local-time';
import { CohortRecord } from '../../core/records';
import { EnrollmentSchedules } from '../enrollment/enrollment-schedule';
import { HolidayCalendars } from '../enrollment/holiday-calendars';
import { CurrentParameters } from '../memory-model/current-parameters';
import { ProgressRepository } from './progress.repository';

/** What every figure of one cohort's report shares. */
export interface CohortScope {
  cohort: CohortRecord;
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
    private readonly progress: ProgressRepository,
    private readonly schedules: EnrollmentSchedules,
    private readonly calendars: HolidayCalendars,
    private readonly fitted: CurrentParameters,
  ) {}

  async of(cohort: CohortRecord, now: Date): Promise<CohortScope> {
    const [content, parameters] = await Promise.all([
      this.progress.courseContent(cohort.courseId),
      this.fitted.forCourse(cohort.courseId),
    ]);
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
}
