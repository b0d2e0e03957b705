import { DateTime } from 'luxon';
import { csvLine, CsvCell, excelText, UTF8_BOM } from '../../core/progress/csv-cells';
import { LearnerProgressRow } from './dto/progress.response';

type Column = [header: string, cell: (row: LearnerProgressRow) => CsvCell];

/** The columns of progress.csv; times are the cohort's local time, which Excel shows as it is. */
function columns(zone: string, withNames: boolean): Column[] {
  const local = (at: Date | null) =>
    at ? DateTime.fromJSDate(at, { zone }).toFormat('yyyy-MM-dd HH:mm') : null;
  return [
    ['learnerId', (r) => r.learnerId],
    ...(withNames
      ? ([
          ['externalId', (r) => excelText(r.externalId)],
          ['name', (r) => r.name],
        ] satisfies Column[])
      : []),
    ['status', (r) => r.status],
    ['bound', (r) => r.bound],
    ['lessonsDelivered', (r) => r.lessonsDelivered],
    ['lessonsTotal', (r) => r.lessonsTotal],
    ['answers', (r) => r.answers],
    ['correct', (r) => r.correct],
    ['accuracy', (r) => r.accuracy],
    ['currentStreak', (r) => r.currentStreak],
    ['longestStreak', (r) => r.longestStreak],
    [`lastActive (${zone})`, (r) => local(r.lastActiveAt)],
    ['cards', (r) => r.cards],
    ['cardsDue', (r) => r.cardsDue],
    ['cardsMastered', (r) => r.cardsMastered],
    ['meanRetrievability', (r) => r.meanRetrievability],
    ['atRisk', (r) => r.atRisk],
  ];
}

/**
 * progress.csv, one batch of rows at a time: each batch is read only when the client has
 * taken the previous one, so a cohort of any size streams in constant memory.
 */
export async function* progressCsv(
  zone: string,
  batches: AsyncIterable<LearnerProgressRow[]>,
  withNames = true,
): AsyncGenerator<string> {
  const cols = columns(zone, withNames);
  yield UTF8_BOM + csvLine(cols.map(([header]) => header));
  for await (const rows of batches) {
    yield rows.map((row) => csvLine(cols.map(([, cell]) => cell(row)))).join('');
  }
}
