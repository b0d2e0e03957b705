/**
 * The spreadsheet HR drops, read in the browser and checked with the server's own rules
 * (src/core), so every bad row shows before anything is sent. The server checks again.
 */
import { learnerRowProblems, type LearnerRow } from '../../../src/core/enrollment/learner-rows';
import {
  spreadsheetCell,
  spreadsheetColumn,
} from '../../../src/core/enrollment/spreadsheet-values';

export interface CsvProblem {
  /** The row number Excel shows (header = 1); 0 for the file as a whole. */
  row: number;
  field: string;
  message: string;
}

export interface CheckedCsv {
  rows: Array<Partial<Record<keyof LearnerRow, string>>>;
  problems: CsvProblem[];
}

const FIELDS: ReadonlyArray<keyof LearnerRow> = [
  'externalId',
  'name',
  'locale',
  'deliveryTime',
  'timezone',
];

/**
 * Records with the Excel row each starts on; quotes may hold commas and line breaks. A quote
 * opens only at a cell's start (elsewhere it is text, as the server's reader takes it).
 */
export function parseCsv(text: string): Array<{ row: number; cells: string[] }> {
  const records: Array<{ row: number; cells: string[] }> = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const source = text.replace(/^\uFEFF/, '');
  const endRecord = () => {
    cells.push(cell);
    records.push({ row: start, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i];
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
      if (c === '\n') line += 1;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i += 1;
      endRecord();
      line += 1;
      start = line;
    } else cell += c;
  }
  if (cell !== '' || cells.length > 0) endRecord();
  return records.filter((r) => r.cells.some((v) => v.trim() !== ''));
}

/** Every problem of the file, by Excel row and column, as the server would name them. */
export function checkEnrolCsv(text: string): CheckedCsv {
  if (text.includes('\uFFFD'))
    return { rows: [], problems: [{ row: 0, field: '(file)', message: NOT_UTF8 }] };
  const [header, ...data] = parseCsv(text);
  if (!header) return { rows: [], problems: [{ row: 0, field: '(file)', message: EMPTY }] };
  const named = header.cells.map((c) => c.trim());
  const columns = named.map((c) => (c === '' ? undefined : spreadsheetColumn(FIELDS, c)));
  const problems: CsvProblem[] = named
    .filter((c, i) => c !== '' && !columns[i])
    .map((c) => ({ row: header.row, field: c, message: `is not a column (${FIELDS.join(', ')})` }));
  for (const required of ['externalId', 'name'] as const)
    if (!columns.includes(required))
      problems.push({ row: header.row, field: required, message: 'column is missing' });
  if (problems.length > 0) return { rows: [], problems };
  // Read as the server reads them: 9:00, zh-CN, ="00123" are what Excel and HR write.
  const rows = data.map((record) =>
    Object.fromEntries(
      columns.flatMap((c, i) => {
        const value = c ? spreadsheetCell(c, record.cells[i] ?? '') : '';
        return c && value !== '' ? [[c, value]] : [];
      }),
    ),
  );
  // The shared rules count JSON rows from 0; a spreadsheet user knows Excel's row numbers.
  const excelRow = (index: string) => data[Number(index)].row;
  const rowProblems = learnerRowProblems(rows).map(({ field, message }) => {
    const text = message.replace(/rows\[(\d+)\]/g, (_, i: string) => `row ${excelRow(i)}`);
    const match = /^rows\[(\d+)\]\.?(.*)$/.exec(field);
    if (!match) return { row: 0, field, message: text };
    return { row: excelRow(match[1]), field: match[2] || '(row)', message: text };
  });
  return { rows, problems: rowProblems };
}

/**
 * The file's text: UTF-8 when it is, else GB18030, which Excel on a Chinese Windows writes
 * for a plain "CSV (comma delimited)". The page sends the text on as UTF-8.
 */
export function decodeSpreadsheet(bytes: ArrayBuffer | Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

const NOT_UTF8 = 'is not UTF-8 text; in Excel choose "CSV UTF-8 (comma delimited)" when saving';
const EMPTY = 'is empty: the first row must name the columns';

/** The server names CSV cells `row 5, locale`; split that back into row and field. */
export function fromServerDetail(detail: { field: string; message: string }): CsvProblem {
  const match = /^row (\d+)(?:, (.*))?$/.exec(detail.field);
  return match
    ? { row: Number(match[1]), field: match[2] ?? '(row)', message: detail.message }
    : { row: 0, ...detail };
}
