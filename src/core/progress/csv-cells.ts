/** `{ text }`: a cell Excel must show exactly as written (see `excelText`). */
export type CsvCell = string | number | boolean | null | { text: string };

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

/*
 * Excel reads digits as a number, so an id "00123" opens as 123 and "123456789012" as
 * 1.23457E+11; "3-4" becomes a date. Written as the formula ="00123" (the usual way, which
 * Excel, WPS and LibreOffice all show as the text 00123) they stay as they are.
 */
const EXCEL_WOULD_CHANGE = /^(0\d+|\d{12,}|\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?)$/;

/** An id or code that must keep its leading zeros and digits when the CSV opens in Excel. */
export function excelText(value: string): CsvCell {
  return EXCEL_WOULD_CHANGE.test(value) ? { text: value } : value;
}

function csvCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'object') return excelFormulaCell(cell.text);
  if (typeof cell !== 'string') return String(cell);
  const safe = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The cell ="value", CSV-quoted: Excel shows the value as text. Only digits and separators reach it. */
const excelFormulaCell = (text: string): string => `"=""${text}"""`;
