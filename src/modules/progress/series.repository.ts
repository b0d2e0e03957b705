import { CardHistory, DayTally } from '../../core/progress/daily-series';

/** The rows a cohort's daily series is computed from. */
export abstract class SeriesRepository {
  /** Per local date from `from` to `to`: sessions held, answered, answers and right answers. */
  abstract tallies(cohortId: number, from: string, to: string): Promise<Map<string, DayTally>>;
  /** The cohort's enrollment ids in enrolment order. */
  abstract enrollmentIds(cohortId: number): Promise<number[]>;
  /** The cards of these enrollments made before `end`, each with its answers before `end`. */
  abstract cardHistories(enrollmentIds: number[], end: Date): Promise<CardHistory[]>;
}
