import { Clock } from '../core/clock';
import { DomainError } from '../core/errors';
import { Database, DatabaseTransactor } from '../infra/db/database';
import { SqlCourseRepository } from '../infra/db/repositories/course.sql-repository';
import { SystemClock } from '../infra/system-clock';
import { ContentSyncService } from '../modules/content/content-sync.service';
import { CourseSyncReport } from '../modules/content/sync-report';
import { runCli } from './run-cli';

const USAGE = `Usage: npm run content:sync [dir] [-- --dry-run] [--all] [--force]
  dir        a content root such as content/ (default: CONTENT_DIR)
  --dry-run  show what would change, write nothing
  --all      list unchanged items too
  --force    retire courses and lessons even while cohorts use them`;

void runCli(USAGE, async ({ config, dataSource }) => {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--')) ?? config.contentDir;
  const dryRun = args.includes('--dry-run');
  const force = args.includes('--force');
  const clock: Clock = new SystemClock();
  try {
    const db = new Database(await dataSource());
    const content = new ContentSyncService(
      new SqlCourseRepository(db),
      new DatabaseTransactor(db),
      clock,
    );
    const report = await content.sync(dir, {
      dryRun,
      force,
    });
    for (const warning of report.warnings) process.stdout.write(`${warning}\n`);
    for (const course of report.courses) printCourse(course, args.includes('--all'));
    process.stdout.write(dryRun ? 'Dry run: nothing was written.\n' : 'Synced.\n');
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    for (const detail of error.details) process.stderr.write(`${detail.field} ${detail.message}\n`);
    throw new Error(error.message, { cause: error });
  }
});

function printCourse(course: CourseSyncReport, all: boolean): void {
  process.stdout.write(`\n${course.courseId}: ${course.change}\n`);
  for (const [kind, counts] of Object.entries(course.counts)) {
    const parts = Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([change, n]) => `${n} ${change}`);
    process.stdout.write(`  ${kind.padEnd(10)} ${parts.join(', ') || 'none'}\n`);
  }
  for (const item of course.items) {
    if (all || item.change !== 'unchanged')
      process.stdout.write(`  ${item.change.padEnd(15)} ${item.kind} ${item.id}\n`);
  }
}
