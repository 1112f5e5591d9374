// CSV that Excel opens correctly and safely: UTF-8 with a byte order mark (without it Excel reads the
// Vietnamese as Windows-1252), CRLF rows, RFC 4180 quoting, and text that Excel would run as a formula
// (starting with = + - @, a tab or a carriage return, or their full-width forms) prefixed with an apostrophe.
// Numbers we produce ourselves are written as they are.

export const CSV_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

export type CsvValue = string | number | null | undefined;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: CsvValue[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
