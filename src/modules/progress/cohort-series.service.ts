import { Injectable } from '@nestjs/common';
import { Clock } from '../../core/clock';
import { DomainError } from '../../core/errors';
import { addDays, endOfLocalDay, localDateOf } from '../../core/planning/local-time';
import { dailySeries, evenSample, meanRecallByDay } from '../../core/progress/daily-series';
import { CohortService } from '../enrollment/cohort.service';
import { CohortSeriesResponse, SeriesQuery } from './dto/series.dto';
import { SeriesRepository } from './series.repository';

/** Learners whose review history is replayed for the recall curve: bounds its cost. */
export const RECALL_SAMPLE = 300;
const MAX_DAYS = 366;
const DEFAULT_DAYS = 30;

/** A cohort's figures day by day, for the dashboard's charts. */
@Injectable()
export class CohortSeriesService {
  constructor(
    private readonly clock: Clock,
    private readonly cohorts: CohortService,
    private readonly reader: SeriesRepository,
  ) {}

  async series(cohortId: number, query: SeriesQuery): Promise<CohortSeriesResponse> {
    const cohort = await this.cohorts.get(cohortId);
    const zone = cohort.timezone;
    const to = query.to ?? localDateOf(this.clock.now(), zone);
    const from = query.from ?? addDays(to, 1 - DEFAULT_DAYS);
    const dates = datesBetween(from, to);
    const ends = dates.map((date) => endOfLocalDay(date, zone));
    const enrollments = await this.reader.enrollmentIds(cohort.id);
    const sample = evenSample(enrollments, RECALL_SAMPLE);
    const [tallies, cards] = await Promise.all([
      this.reader.tallies(cohort.id, from, to),
      this.reader.cardHistories(sample, ends[ends.length - 1]),
    ]);
    return {
      cohortId: cohort.id,
      timezone: zone,
      from,
      to,
      recallSample: { learners: sample.length, of: enrollments.length },
      days: dailySeries(dates, tallies, meanRecallByDay(cards, ends)),
    };
  }
}

function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let date = from; date <= to && dates.length <= MAX_DAYS; date = addDays(date, 1))
    dates.push(date);
  if (dates.length === 0 || dates.length > MAX_DAYS) {
    throw new DomainError('invalid-input', 'The dates do not make a range of 1 to 366 days', [
      {
        field: 'from',
        message: `must be on or before "to" and at most ${MAX_DAYS} days before it`,
      },
    ]);
  }
  return dates;
}
