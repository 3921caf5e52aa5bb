/**
 * CSV for Polish spreadsheets: UTF-8 with a byte-order mark (so Excel reads "ż" right), a semicolon
 * between cells (the comma is the Polish decimal separator), CRLF between rows (RFC 4180).
 */

export const CSV_SEPARATOR = ";";
const BOM = "\uFEFF";

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"): =, +, -, @,
 * and tab or carriage return in front of them. Such a cell gets a leading apostrophe.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as CSV text: formula starters neutralised, quoted when it holds a separator, quote or new line. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  if (/[";\r\n]/.test(text)) text = `"${text.replace(/"/g, '""')}"`;
  return text;
}

/** A whole CSV file (header row first) as a string starting with the byte-order mark. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | null)[])[],
): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(CSV_SEPARATOR));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}
