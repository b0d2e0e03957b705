import { Injectable } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { Clock } from '../../core/clock';
import { Transactor } from '../../core/transactor';
import { ContentProblem, formatProblem } from '../../core/content/course-model';
import { DomainError, ErrorDetail } from '../../core/errors';
import { validateContentDir } from '../../infra/content/content-reader';
import { CourseRepository } from './course.repository';
import { CourseWriter } from './course-writer';
import { retirementsInUse } from './retirements-in-use';
import { SyncReport } from './sync-report';

/** Thrown inside the unit of work to roll back a dry run while keeping its report. */
class DryRunRollback extends Error {
  constructor(readonly report: SyncReport) {
    super('dry run');
  }
}

@Injectable()
export class ContentSyncService {
  /** One sync at a time per process: the API, the CLI and start-up may all ask. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly courses: CourseRepository,
    private readonly transactor: Transactor,
    private readonly clock: Clock,
  ) {}

  /**
   * Validates the content root and loads it in one transaction. Invalid content
   * changes nothing and throws a DomainError listing every problem. A sync that would retire
   * a course or lesson a cohort still uses changes nothing either (409, naming each), unless
   * `force`; a dry run reports those as warnings.
   */
  sync(dir: string, options: SyncOptions = {}): Promise<SyncReport> {
    const run = this.queue.then(() => this.syncNow(dir, options));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async syncNow(dir: string, { dryRun = false, force = false }: SyncOptions): Promise<SyncReport> {
    if (!existsSync(dir)) throw new DomainError('invalid-input', `The content folder ${dir} does not exist`);
    const { courses, problems } = await validateContentDir(dir);
    const errors = problems.filter((p) => p.severity === 'error');
    if (errors.length > 0) {
      const noun = errors.length === 1 ? 'error' : 'errors';
      throw new DomainError('invalid-input', `${dir} has ${errors.length} ${noun}; nothing was changed`, problems.map(toDetail));
    }
    if (courses.length === 0) {
      // An empty folder is far more likely a wrong CONTENT_DIR than a wish to retire every course.
      throw new DomainError('invalid-input', `${dir} holds no course; nothing was changed`);
    }
    const warnings = problems.map(formatProblem);
    try {
      return await this.transactor.run(async () => {
        const writer = new CourseWriter(this.courses, this.clock.now());
        const reports = [];
        for (const course of courses) reports.push(await writer.write(course));
        const ids = courses.map((c) => c.id);
        for (const gone of await this.courses.liveCoursesExcept(ids)) {
          reports.push(await writer.retire(gone));
        }
        const inUse = force ? [] : retirementsInUse(reports, await this.courses.cohortsInUse());
        if (inUse.length > 0 && !dryRun) throw inUseError(dir, inUse);
        const report = { dryRun, courses: reports, warnings: [...warnings, ...inUse.map(inUseWarning)] };
        if (dryRun) throw new DryRunRollback(report);
        return report;
      });
    } catch (error) {
      if (error instanceof DryRunRollback) return error.report;
      throw error;
    }
  }
}

export interface SyncOptions {
  /** Report what would change; write nothing. */
  dryRun?: boolean;
  /** Retire courses and lessons even while cohorts use them. */
  force?: boolean;
}

function inUseError(dir: string, inUse: ErrorDetail[]): DomainError {
  const noun = inUse.length === 1 ? 'a course or lesson' : `${inUse.length} courses or lessons`;
  return new DomainError(
    'conflict',
    `${dir} would retire ${noun} that cohorts still use; nothing was changed (force to retire anyway)`,
    inUse,
  );
}

const inUseWarning = (d: ErrorDetail) => `${d.field} ${d.message}; a sync will refuse without force`;

const toDetail = (p: ContentProblem) => ({
  field: `${p.file}:${p.line}:${p.column}`,
  message: `${p.severity}: ${p.message}`,
});
