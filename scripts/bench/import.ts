import { loadavg } from 'node:os';
import { LearnerImportService } from '../../src/modules/admin/learners/learner-import.service';
import { CohortService } from '../../src/modules/enrollment/cohort.service';
import { MovableClock } from '../../src/core/movable-clock';
import { openEngine } from '../simulate/engine-context';
import { BenchDatabase } from './bench-database';
import { BENCH_COURSE_ID, removeBenchContent, writeBenchContent } from './bench-course';

/** SPEC §6: a CSV import of this many rows within 3 seconds. */
export const IMPORT_ROWS = 5000;

export interface ImportFigures {
  engine: string;
  rows: number;
  /** Every row a new learner. */
  freshMs: number;
  /** The same file again: nothing changes. */
  unchangedMs: number;
  /** Every learner's delivery time changed. */
  changedMs: number;
}

/**
 * A 5,000-row CSV file through the service the upload route calls, on a fresh database:
 * new learners, the same file again, then the file with every delivery time changed.
 */
export async function benchImport(
  db: BenchDatabase,
  sourceContent: string,
): Promise<ImportFigures> {
  const contentDir = writeBenchContent(sourceContent);
  const clock = new MovableClock(new Date('2026-03-01T08:00:00Z'));
  const app = await openEngine({ databaseUrl: db.url, contentDir, clock });
  try {
    const cohort = await app.get(CohortService).create({
      name: 'Import bench',
      courseId: BENCH_COURSE_ID,
      timezone: 'Asia/Shanghai',
    });
    const imports = app.get(LearnerImportService);
    const timed = async (csv: string, expect: 'created' | 'unchanged' | 'updated') => {
      const started = performance.now();
      const result = await imports.enrol(cohort.id, { format: 'csv', body: csv });
      const ms = performance.now() - started;
      if (result[expect] !== IMPORT_ROWS)
        throw new Error(`The import counted ${result[expect]} ${expect}, not ${IMPORT_ROWS}`);
      return ms;
    };
    return {
      engine: db.engine,
      rows: IMPORT_ROWS,
      freshMs: await timed(learnerCsv('09:00'), 'created'),
      unchangedMs: await timed(learnerCsv('09:00'), 'unchanged'),
      changedMs: await timed(learnerCsv('20:30'), 'updated'),
    };
  } finally {
    await app.close();
    removeBenchContent(contentDir);
  }
}

function learnerCsv(deliveryTime: string): string {
  const rows = Array.from(
    { length: IMPORT_ROWS },
    (_, i) => `B${String(i + 1).padStart(5, '0')},学员 ${i + 1},zh,${deliveryTime}`,
  );
  return ['externalId,name,locale,deliveryTime', ...rows].join('\r\n');
}

/** One Markdown table: a row per send, a column per database. */
export function importTable(figures: ImportFigures[]): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const rows: Array<[string, (f: ImportFigures) => string]> = [
    [`CSV import, ${IMPORT_ROWS.toLocaleString('en')} new learners (< 3 s)`, (f) => s(f.freshMs)],
    ['the same file again', (f) => s(f.unchangedMs)],
    ['every delivery time changed', (f) => s(f.changedMs)],
  ];
  return [
    `1-minute load ${loadavg()[0].toFixed(2)} when the import bench ended`,
    '',
    `| import | ${figures.map((f) => f.engine).join(' | ')} |`,
    `| --- | ${figures.map(() => '---:').join(' | ')} |`,
    ...rows.map(([name, value]) => `| ${name} | ${figures.map(value).join(' | ')} |`),
  ].join('\n');
}
