import { escapeProse } from './terminal.js';

/**
 * Text from a plan placed inline in Markdown (a list item, a heading, a table cell): shown, never
 * interpreted. It is put on one line, so it cannot start a block (heading, list item, rule, quote,
 * table row, HTML block); every character that can start inline syntax anywhere in a line gets a
 * backslash (emphasis, strikethrough, code, links and images, autolinks and HTML, entities such as
 * `&#64;`, table pipes, math); controls are escaped as on a terminal. `@` (a mention) and `#` before
 * a digit (an issue link) go in a code span: GitHub finds those after parsing, so neither `\@` nor
 * `&#64;` stops them (github/cmark-gfm#181), but it leaves code alone.
 */
export function markdownInline(s: string): string {
  return escapeProse(s).replace(SYNTAX, (c, run?: string) => (run ? `\`${run}\`` : `\\${c}`));
}

const SYNTAX = /((?:@|#(?=\d))+)|[\\`*_{}[\]<>()#+!|~&$]/g;

/** A code span in a GFM table cell: fenced with more backticks than the text holds, pipes escaped for the table. */
export function markdownCodeCell(s: string): string {
  const text = escapeProse(s).replace(/\|/g, '\\|');
  const fence = '`'.repeat(Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length)) + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
