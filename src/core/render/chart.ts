import { escapeXml } from '../text/escape-xml.js';

export const STATUS_COLOURS: Readonly<Record<string, string>> = {
  completed: '#1b7f3b',
  'in-progress': '#3a6fb0',
  delayed: '#d08a00',
  'not-started': '#8c8c8c',
  discontinued: '#5b4a7a',
  'not-reported': '#c23b3b',
};

/** The colour of a status in charts and swatches; grey for one nap does not know. */
export function statusColour(status: string): string {
  return Object.hasOwn(STATUS_COLOURS, status) ? STATUS_COLOURS[status]! : '#444';
}

/** One segment of a bar: a status with its label and count. */
export interface ChartSegment {
  status: string;
  label: string;
  count: number;
}

export interface ChartRow {
  label: string;
  title: string;
  counts: readonly ChartSegment[];
  total: number;
}

/**
 * A stacked bar per row (e.g. per objective) of action statuses, as inline SVG:
 * no script and no network when the document is opened.
 */
export function statusChart(rows: readonly ChartRow[], legend: readonly ChartSegment[], caption: string): string {
  const labelWidth = 215;
  const barWidth = 300;
  const rowHeight = 26;
  const legendHeight = 22 * Math.ceil(legend.length / 3);
  const height = rows.length * rowHeight + legendHeight + 10;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeXml(caption)}" viewBox="0 0 ${labelWidth + barWidth + 50} ${height}" width="100%" style="max-width:160mm" font-family="sans-serif" font-size="11">`,
    `<title>${escapeXml(caption)}</title>`,
  ];
  rows.forEach((row, i) => {
    const y = i * rowHeight;
    out.push(`<text x="0" y="${y + 16}"><title>${escapeXml(row.title)}</title>${escapeXml(row.label)}</text>`);
    let x = labelWidth;
    for (const c of row.counts) {
      if (!c.count) continue;
      const w = row.total ? (c.count / row.total) * barWidth : 0;
      out.push(
        `<rect x="${x.toFixed(1)}" y="${y + 4}" width="${w.toFixed(1)}" height="16" fill="${statusColour(c.status)}"><title>${escapeXml(`${c.label}: ${c.count}`)}</title></rect>`,
      );
      if (w > 16)
        out.push(
          `<text x="${(x + w / 2).toFixed(1)}" y="${y + 16}" fill="#fff" text-anchor="middle">${c.count}</text>`,
        );
      x += w;
    }
    out.push(`<text x="${labelWidth + barWidth + 6}" y="${y + 16}" fill="#444">${row.total}</text>`);
  });
  legend.forEach((c, i) => {
    const x = (i % 3) * 170;
    const y = rows.length * rowHeight + 8 + Math.floor(i / 3) * 22;
    out.push(
      `<rect x="${x}" y="${y}" width="12" height="12" fill="${statusColour(c.status)}"/><text x="${x + 17}" y="${y + 10}">${escapeXml(c.label)}</text>`,
    );
  });
  out.push('</svg>');
  return out.join('');
}
