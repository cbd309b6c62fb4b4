/**
 * The running header and the "page X of Y" footer of a printed document, as page margin boxes
 * in its own styles (Chromium 131 and later). Chromium's header and footer templates, used
 * before, laid out two more small pages for every page printed: 0.2 s more for the report to
 * parliament.
 */
export function marginBoxes(runningHeader: string, pageOf: string): string {
  const [before = '', rest = ''] = pageOf.split('{page}');
  const [middle = '', after = ''] = rest.split('{pages}');
  const small = 'font-family: Liberation Sans, DejaVu Sans, Arial, sans-serif; font-size: 7.5pt; color: #5f6368;';
  return `<style>
@page {
  @top-left { content: ${cssString(runningHeader)}; ${small} vertical-align: middle; }
  @bottom-right { content: ${cssString(before)} counter(page) ${cssString(middle)} counter(pages) ${cssString(after)}; ${small} vertical-align: middle; }
}
</style>`;
}

/** A CSS string of any text: quotes, backslashes, line breaks and `<` (which could end the style element) escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<>\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}
