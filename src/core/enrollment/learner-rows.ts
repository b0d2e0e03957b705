import { ErrorDetail } from '../errors';
import { checkLocale, checkTime, checkTimezone, collect } from './settings-rules';

/** One learner to enrol, as HR sends it (JSON or a CSV row). */
export interface LearnerRow {
  externalId: string;
  name: string;
  locale?: 'zh' | 'en';
  deliveryTime?: string;
  timezone?: string;
  /** The bot account HR pins a new learner to; default: the enabled one with the fewest learners. */
  botAccountId?: number;
}

export const MAX_ROWS_PER_IMPORT = 5000;

/**
 * Every problem of every row, named `rows[i].field` (i from 0); an import is taken whole
 * or not at all, so the caller needs them all at once.
 */
export function learnerRowProblems(
  rows: readonly Partial<Record<keyof LearnerRow, unknown>>[],
): ErrorDetail[] {
  if (rows.length === 0) return [{ field: 'rows', message: 'must hold at least one learner' }];
  if (rows.length > MAX_ROWS_PER_IMPORT) {
    return [
      {
        field: 'rows',
        message: `holds ${rows.length} learners; the limit is ${MAX_ROWS_PER_IMPORT} per request`,
      },
    ];
  }
  const firstIndex = new Map<string, number>();
  return rows.flatMap((row, i) => {
    const id = typeof row.externalId === 'string' ? row.externalId.trim() : row.externalId;
    const problems = collect([
      [`rows[${i}].externalId`, true, () => externalIdProblem(id)],
      [`rows[${i}].name`, true, () => nameProblem(row.name)],
      [`rows[${i}].locale`, present(row.locale), () => checkLocale(row.locale)],
      [`rows[${i}].deliveryTime`, present(row.deliveryTime), () => checkTime(row.deliveryTime)],
      [`rows[${i}].timezone`, present(row.timezone), () => checkTimezone(row.timezone)],
      [
        `rows[${i}].botAccountId`,
        present(row.botAccountId),
        () => accountIdProblem(row.botAccountId),
      ],
    ]);
    if (typeof id === 'string' && id) {
      const first = firstIndex.get(id);
      if (first === undefined) firstIndex.set(id, i);
      else
        problems.push({
          field: `rows[${i}].externalId`,
          message: `"${id}" appears twice (also rows[${first}])`,
        });
    }
    return problems;
  });
}

const present = (value: unknown) => value !== undefined && value !== null && value !== '';

function externalIdProblem(value: unknown): string | null {
  return typeof value === 'string' && value.length >= 1 && value.length <= 128
    ? null
    : 'is required: 1 to 128 characters';
}

function accountIdProblem(value: unknown): string | null {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 2_147_483_647
    ? null
    : 'must be the id of a bot account, a whole number';
}

function nameProblem(value: unknown): string | null {
  return typeof value === 'string' && value.trim().length >= 1 && value.length <= 200
    ? null
    : 'is required: 1 to 200 characters';
}
