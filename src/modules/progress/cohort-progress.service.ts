import { Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import { Clock } from '../../core/clock';
import { CohortService } from '../enrollment/cohort.service';
import { PageQuery } from '../admin/common/page.dto';
import { CohortScopes } from './cohort-scope';
import { CohortProgressResponse } from './dto/progress.response';
import { progressCsv } from './progress-csv';
import { ProgressRows } from './progress-rows';
import { ProgressRepository } from './progress.repository';
import { toAtRiskLearner, toProgressTotals } from './progress-totals';

export interface CsvDownload {
  filename: string;
  stream: Readable;
}

/**
 * A cohort's progress. Totals and the at-risk list cover everyone but come from aggregate
 * queries and one row per enrolment; the full per-learner figures (streaks need every
 * session) are worked out only for the page asked for, or batch by batch for the CSV.
 */
@Injectable()
export class CohortProgressService {
  constructor(
    private readonly clock: Clock,
    private readonly cohorts: CohortService,
    private readonly scopes: CohortScopes,
    private readonly reader: ProgressRepository,
    private readonly rows: ProgressRows,
  ) {}

  async report(cohortId: number, page: PageQuery): Promise<CohortProgressResponse> {
    const now = this.clock.now();
    const cohort = await this.cohorts.get(cohortId);
    const scope = await this.scopes.of(cohort, now);
    const first = (page.page - 1) * page.pageSize;
    // The sums do not depend on the list, so MySQL/MariaDB work both at once on two
    // connections; SQLite takes them in turn either way.
    const [sums, { everyone, items }] = await Promise.all([
      this.reader.cohortSums(scope),
      this.reader.cohortFacts(cohortId).then(async (everyone) => ({
        everyone,
        items: await this.rows.rows(scope, everyone.slice(first, first + page.pageSize)),
      })),
    ]);
    const atRisk = everyone.filter((f) => scope.atRisk(f));
    return {
      cohortId,
      generatedAt: now,
      lessonsTotal: scope.lessonsTotal,
      totals: toProgressTotals(everyone, atRisk.length, sums, now),
      atRisk: atRisk.map(toAtRiskLearner),
      learners: { items, total: everyone.length, page: page.page, pageSize: page.pageSize },
    };
  }

  /** Checks the cohort before the first byte, so an unknown one is still a plain 404. */
  async csv(cohortId: number, withNames: boolean): Promise<CsvDownload> {
    const cohort = await this.cohorts.get(cohortId);
    const scope = await this.scopes.of(cohort, this.clock.now());
    return {
      filename: `cohort-${cohort.id}-progress.csv`,
      stream: Readable.from(
        progressCsv(cohort.timezone, this.rows.cohortBatches(scope), withNames),
      ),
    };
  }
}
