/**
 * CSV for spreadsheets: UTF-8 with BOM (Japanese Excel), CRLF, RFC 4180 quoting (papaparse), and cells
 * that a spreadsheet would run as a formula (=, +, -, @, tab, CR first, after any apostrophes) prefixed with
 * one apostrophe. A customer's 「=HYPERLINK(…)」 in a call note stays text. `unescapeCell` undoes exactly
 * that prefix, so an import of our own export gives back the same text.
 */
import Papa from 'papaparse';

const FORMULA = /^'*[=+\-@\t\r]/;

export function escapeCell(value: string): string {
  return FORMULA.test(value) ? `'${value}` : value;
}

export function unescapeCell(value: string): string {
  return value.startsWith("'") && FORMULA.test(value) ? value.slice(1) : value;
}

export function toCsv(fields: readonly string[], rows: readonly (readonly string[])[]): string {
  return '\uFEFF' + Papa.unparse({ fields: [...fields], data: rows.map((r) => r.map(escapeCell)) }, { newline: '\r\n' }) + '\r\n';
}
