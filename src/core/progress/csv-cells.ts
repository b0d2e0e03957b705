export type CsvCell = string | number | boolean | null;

/** Excel reads a leading byte-order mark as "this file is UTF-8"; without it Chinese names break. */
export const UTF8_BOM = '\uFEFF';

// A cell starting with one of these is run as a formula by Excel ("=HYPERLINK(...)").
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV record, CRLF-terminated as Excel writes them. Text that Excel would take for a
 * formula gets a leading apostrophe, which Excel hides; quotes, commas and line breaks are quoted.
 */
export function csvLine(cells: readonly CsvCell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

function csvCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell !== 'string') return String(cell);
  const safe = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
