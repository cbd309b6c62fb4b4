import type { Cell } from '../model/tables.js';

/**
 * A cell a spreadsheet program would read as a formula (=, +, - or @ first) gets a leading
 * apostrophe, as OWASP advises against CSV injection: the cell stays text and shows its
 * value. Numbers are written as numbers, so a negative number is not touched.
 */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function cellText(c: Cell): string {
  if (c === null) return '';
  if (typeof c === 'number' || typeof c === 'boolean') return String(c);
  const t = neutralise(c);
  // RFC 4180: quote a field holding a comma, a quote or a line break; double its quotes.
  return /[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

/** RFC 4180 CSV, UTF-8 without BOM, CRLF line ends, a header row. */
export function toCsv(header: readonly string[], rows: readonly Cell[][]): string {
  return `${[header, ...rows].map((r) => r.map(cellText).join(',')).join('\r\n')}\r\n`;
}
