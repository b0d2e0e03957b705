import { CsvError, parse } from 'csv-parse/sync';
import { LearnerRow } from '../../../core/enrollment/learner-rows';
import { spreadsheetCell, spreadsheetColumn } from '../../../core/enrollment/spreadsheet-values';
import { ErrorDetail } from '../../../core/errors';

export type RawRow = Partial<Record<keyof LearnerRow, unknown>>;

/** A problem found while reading, kept with the row it belongs to so all can be sorted together. */
export interface ReadProblem extends ErrorDetail {
  /** Index into `rows`; -1 for the body or the header. */
  index: number;
}

/** Learners as sent, before their values are checked, and how a person names each row. */
export interface LearnerImport {
  rows: RawRow[];
  problems: ReadProblem[];
  /** `rows[3]` in a JSON array; `row 5` in a CSV file, as Excel numbers it (header = row 1). */
  label(index: number): string;
  /** How a field of a row is named in an error: `rows[3].locale`, `row 5, locale`. */
  field(index: number, name: string): string;
}

export const LEARNER_FIELDS: ReadonlyArray<keyof LearnerRow> = [
  'externalId',
  'name',
  'locale',
  'deliveryTime',
  'timezone',
  'botAccountId',
];
const FIELD_LIST = LEARNER_FIELDS.join(', ');

/** A JSON array of learner objects. */
export function readJsonImport(body: unknown): LearnerImport {
  const label = (i: number) => `rows[${i}]`;
  const read: LearnerImport = {
    rows: [],
    problems: [],
    label,
    field: (i, f) => `${label(i)}.${f}`,
  };
  if (!Array.isArray(body)) {
    const message = 'must be a JSON array of learners, or send a text/csv file';
    return { ...read, problems: [{ index: -1, field: '(body)', message }] };
  }
  body.forEach((item: unknown, index) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      read.problems.push({
        index,
        field: label(index),
        message: 'must be an object with externalId and name',
      });
      read.rows.push({});
      return;
    }
    for (const key of Object.keys(item).filter(
      (k) => !LEARNER_FIELDS.includes(k as keyof LearnerRow),
    )) {
      read.problems.push({
        index,
        field: read.field(index, key),
        message: `is not a learner field (${FIELD_LIST})`,
      });
    }
    read.rows.push(item as RawRow);
  });
  return read;
}

const NOT_UTF8: ReadProblem = {
  index: -1,
  field: '(file)',
  message: 'is not UTF-8 text; in Excel choose "CSV UTF-8 (comma delimited)" when saving',
};

/** A spreadsheet saved as CSV: header row required, UTF-8 (a byte-order mark is fine). */
export function readCsvImport(text: string): LearnerImport {
  const excelRows: number[] = [];
  const read: LearnerImport = {
    rows: [],
    problems: [],
    label: (i) => `row ${excelRows[i]}`,
    field: (i, f) => `row ${excelRows[i]}, ${f}`,
  };
  // Bytes that are not UTF-8 were decoded as U+FFFD: the names would be stored garbled.
  const records = text.includes('\uFFFD') ? { problem: NOT_UTF8 } : parseRecords(text);
  if ('problem' in records) return { ...read, problems: [records.problem] };
  const [header, ...data] = records.list.filter((r) => r.cells.some((cell) => cell.trim() !== ''));
  if (!header) return read;
  const columns = readHeader(withoutTrailingBlanks(header.cells), header.row);
  if ('problems' in columns) return { ...read, problems: columns.problems };
  for (const record of data) {
    const index = excelRows.push(record.row) - 1;
    read.rows.push(toRow(record.cells, columns.fields));
    const message = extraCellsProblem(record.cells, columns.fields.length);
    if (message) read.problems.push({ index, field: read.label(index), message });
  }
  return read;
}

/** Values beyond the named columns, most often a name with an unquoted comma. */
function extraCellsProblem(cells: string[], columns: number): string | null {
  if (!cells.slice(columns).some((cell) => cell.trim() !== '')) return null;
  return `has ${cells.length} cells but the header names ${columns} columns; quote a value that holds a comma`;
}

interface CsvRecord {
  cells: string[];
  /** The row number Excel shows: blank lines count, a quoted line break does not. */
  row: number;
}

function parseRecords(text: string): { list: CsvRecord[] } | { problem: ReadProblem } {
  try {
    const parsed = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    }) as unknown as Array<{ record: string[]; info: { records: number } }>;
    return { list: parsed.map(({ record, info }) => ({ cells: record, row: info.records })) };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines;
    const field = line ? `line ${line}` : '(file)';
    return { problem: { index: -1, field, message: `cannot be read as CSV: ${error.message}` } };
  }
}

// Excel writes empty header cells for formatted but unnamed columns at the right.
function withoutTrailingBlanks(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1].trim() === '') end -= 1;
  return cells.slice(0, end);
}

/** Maps header cells to fields; names are matched loosely ("External ID" is externalId). */
function readHeader(
  cells: string[],
  row: number,
): { fields: Array<keyof LearnerRow> } | { problems: ReadProblem[] } {
  const problems: ReadProblem[] = [];
  const fields = cells.map((cell) => spreadsheetColumn(LEARNER_FIELDS, cell));
  cells.forEach((cell, i) => {
    const field = `row ${row}, column ${i + 1}`;
    if (!fields[i])
      problems.push({
        index: -1,
        field,
        message: `"${cell.trim().slice(0, 40)}" is not a column (${FIELD_LIST})`,
      });
    else if (fields.indexOf(fields[i]) !== i)
      problems.push({ index: -1, field, message: `${fields[i]} appears twice` });
  });
  for (const required of ['externalId', 'name'] as const) {
    if (!fields.includes(required)) {
      problems.push({
        index: -1,
        field: `row ${row}`,
        message: `the header must name a ${required} column; a header row is required`,
      });
    }
  }
  return problems.length > 0 ? { problems } : { fields: fields as Array<keyof LearnerRow> };
}

/** Cells trimmed; an empty optional cell means "not given", an empty required one stays empty. */
function toRow(cells: string[], fields: Array<keyof LearnerRow>): RawRow {
  const row: RawRow = {};
  fields.forEach((field, i) => {
    const value = spreadsheetCell(field, cells[i] ?? '');
    if (value !== '' || field === 'externalId' || field === 'name') row[field] = value;
    // A spreadsheet cell is text; an account id is a number in JSON, so both read alike.
    if (field === 'botAccountId' && /^\d{1,10}$/.test(value)) row[field] = Number(value);
  });
  return row;
}
