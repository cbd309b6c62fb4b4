import type { Cell } from '../model/tables.js';
import { escapeXml } from '../text/escape-xml.js';
import { zip } from './zip.js';

export interface Sheet {
  name: string;
  rows: readonly Cell[][];
}

/**
 * An Office Open XML workbook (.xlsx) of plain sheets: strings inline, numbers as numbers,
 * booleans as booleans, the first row bold and frozen. No formulas: text beginning with '='
 * is text in a workbook, so nothing needs neutralising here.
 */
export function toXlsx(sheets: readonly Sheet[]): Uint8Array {
  const names = sheets.map((s) => s.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31));
  return zip([
    {
      path: '[Content_Types].xml',
      data: `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${names.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`,
    },
    {
      path: '_rels/.rels',
      data: `${XML}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      path: 'xl/workbook.xml',
      data: `${XML}<workbook xmlns="${MAIN}" xmlns:r="${DOC_REL}"><sheets>${names.map((n, i) => `<sheet name="${escapeXml(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    },
    {
      path: 'xl/_rels/workbook.xml.rels',
      data: `${XML}<Relationships xmlns="${RELS}">${names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${DOC_REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${names.length + 1}" Type="${DOC_REL}/styles" Target="styles.xml"/></Relationships>`,
    },
    { path: 'xl/styles.xml', data: STYLES },
    ...sheets.map((s, i) => ({ path: `xl/worksheets/sheet${i + 1}.xml`, data: sheetXml(s.rows) })),
  ]);
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
// Style 1: bold, for the header row.
const STYLES = `${XML}<styleSheet xmlns="${MAIN}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf/><xf fontId="1" applyFont="1"/></cellXfs></styleSheet>`;

function column(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function cellXml(c: Cell, ref: string, bold: boolean): string {
  if (c === null) return '';
  const s = bold ? ' s="1"' : '';
  if (typeof c === 'number') return `<c r="${ref}"${s}><v>${c}</v></c>`;
  if (typeof c === 'boolean') return `<c r="${ref}" t="b"${s}><v>${c ? 1 : 0}</v></c>`;
  // Control characters other than tab and line breaks are not allowed in XML 1.0.
  const text = escapeXml([...c].filter((ch) => ch >= ' ' || ch === '\t' || ch === '\n' || ch === '\r').join(''));
  return `<c r="${ref}" t="inlineStr"${s}><is><t xml:space="preserve">${text}</t></is></c>`;
}

function sheetXml(rows: readonly Cell[][]): string {
  const body = rows
    .map((r, y) => `<row r="${y + 1}">${r.map((c, x) => cellXml(c, `${column(x)}${y + 1}`, y === 0)).join('')}</row>`)
    .join('');
  const freeze =
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>';
  return `${XML}<worksheet xmlns="${MAIN}">${freeze}<sheetData>${body}</sheetData></worksheet>`;
}
