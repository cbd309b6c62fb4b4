import { type ChartSegment, statusColour } from '../render/chart.js';
import { escapeXml } from '../text/escape-xml.js';

/**
 * The site's charts, as inline SVG: drawn by nap, no script, no request. Each is a picture
 * of a table the page shows beside it (its text alternative); hovering a mark shows its figure.
 */

export interface SeriesGroup {
  label: string;
  years: { year: number; counts: readonly ChartSegment[]; total: number }[];
}

const svgOpen = (w: number, h: number, caption: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeXml(caption)}" viewBox="0 0 ${w} ${h}" width="100%" style="max-width:${w}px" font-family="sans-serif" font-size="12"><title>${escapeXml(caption)}</title>`;

/** Status shares over the years: per group (an objective, a plan) one stacked bar per year. */
export function statusSeriesChart(
  groups: readonly SeriesGroup[],
  legend: readonly ChartSegment[],
  caption: string,
): string {
  const barX = 60;
  const barWidth = 420;
  const out: string[] = [];
  let y = 0;
  for (const g of groups) {
    out.push(`<text x="0" y="${y + 14}" font-weight="600" fill="#1d1d1f">${escapeXml(g.label)}</text>`);
    y += 20;
    for (const yr of g.years) {
      out.push(`<text x="0" y="${y + 13}" fill="#1d1d1f">${yr.year}</text>`);
      let x = barX;
      for (const c of yr.counts) {
        if (!c.count || !yr.total) continue;
        const w = (c.count / yr.total) * barWidth;
        out.push(
          `<rect x="${x.toFixed(1)}" y="${y + 2}" width="${w.toFixed(1)}" height="14" fill="${statusColour(c.status)}"><title>${escapeXml(`${g.label}, ${yr.year}: ${c.label} ${c.count}`)}</title></rect>`,
        );
        x += w;
      }
      out.push(`<text x="${barX + barWidth + 6}" y="${y + 13}" fill="#1d1d1f">${yr.total}</text>`);
      y += 18;
    }
    y += 8;
  }
  legend.forEach((c, i) => {
    const x = (i % 3) * 170;
    const ly = y + Math.floor(i / 3) * 20;
    out.push(
      `<rect x="${x}" y="${ly}" width="12" height="12" fill="${statusColour(c.status)}"/><text x="${x + 17}" y="${ly + 11}" fill="#1d1d1f">${escapeXml(c.label)}</text>`,
    );
  });
  const height = y + 20 * Math.ceil(legend.length / 3) + 4;
  return `${svgOpen(barX + barWidth + 40, height, caption)}${out.join('')}</svg>`;
}

export interface LinePoint {
  year: number;
  value: number | undefined;
  /** The value as the page writes it. */
  text: string;
}

export interface Level {
  value: number;
  label: string;
  /** The year it is for, marked on the time axis when known. */
  year?: number;
}

/** An indicator's values over the years, with its baseline and target as dashed lines. */
export function indicatorChart(
  points: readonly LinePoint[],
  levels: { baseline?: Level | undefined; target?: Level | undefined },
  caption: string,
): string {
  const w = 520;
  const h = 220;
  const left = 56;
  const right = 150;
  const top = 12;
  const bottom = 28;
  const known = points.filter((p): p is LinePoint & { value: number } => p.value !== undefined);
  const all = [...known.map((p) => p.value), levels.baseline?.value, levels.target?.value].filter(
    (v): v is number => v !== undefined,
  );
  const max = Math.max(...all, 0) * 1.1 || 1;
  const min = Math.min(...all, 0);
  // The time axis runs from the baseline's year to the target's, when they lie outside the years reported.
  const years = [
    ...new Set(
      [...points.map((p) => p.year), levels.baseline?.year, levels.target?.year].filter((y) => y !== undefined),
    ),
  ].sort((a, b) => a - b);
  const first = years[0]!;
  const last = years.at(-1)!;
  const x = (year: number) =>
    left + (last === first ? (w - left - right) / 2 : ((year - first) / (last - first)) * (w - left - right));
  const y = (v: number) => top + (1 - (v - min) / (max - min)) * (h - top - bottom);
  const n = (v: number) => v.toFixed(1);
  const out: string[] = [
    `<line x1="${left}" y1="${y(min)}" x2="${w - right}" y2="${y(min)}" stroke="#5f6368"/>`,
    `<line x1="${left}" y1="${top}" x2="${left}" y2="${y(min)}" stroke="#5f6368"/>`,
    `<text x="${left - 6}" y="${n(y(min) + 4)}" text-anchor="end" fill="#1d1d1f">${escapeXml(fmt(min))}</text>`,
    `<text x="${left - 6}" y="${n(top + 8)}" text-anchor="end" fill="#1d1d1f">${escapeXml(fmt(max))}</text>`,
  ];
  for (const year of years)
    out.push(`<text x="${n(x(year))}" y="${h - 8}" text-anchor="middle" fill="#1d1d1f">${year}</text>`);
  const level = (l: Level | undefined, stroke: string) => {
    if (!l) return;
    out.push(
      `<line x1="${left}" y1="${n(y(l.value))}" x2="${w - right}" y2="${n(y(l.value))}" stroke="${stroke}" stroke-width="2" stroke-dasharray="6 4"/>`,
      `<text x="${w - right + 12}" y="${n(y(l.value) + 4)}" fill="${stroke}">${escapeXml(l.label)}</text>`,
    );
    // A diamond at its year.
    if (l.year !== undefined) {
      const cx = x(l.year);
      const cy = y(l.value);
      out.push(
        `<path d="M${n(cx)} ${n(cy - 7)}L${n(cx + 7)} ${n(cy)}L${n(cx)} ${n(cy + 7)}L${n(cx - 7)} ${n(cy)}Z" fill="#fff" stroke="${stroke}" stroke-width="2"><title>${escapeXml(`${l.year}: ${l.label}`)}</title></path>`,
      );
    }
  };
  level(levels.baseline, '#5f6368');
  level(levels.target, '#14632d');
  if (known.length > 1)
    out.push(
      `<polyline fill="none" stroke="#1f4e79" stroke-width="2.5" points="${known.map((p) => `${n(x(p.year))},${n(y(p.value))}`).join(' ')}"/>`,
    );
  for (const p of known)
    out.push(
      `<circle cx="${n(x(p.year))}" cy="${n(y(p.value))}" r="5" fill="#1f4e79"><title>${escapeXml(`${p.year}: ${p.text}`)}</title></circle>`,
    );
  return `${svgOpen(w, h, caption)}${out.join('')}</svg>`;
}

/** Axis figures: short, without the page's units. */
function fmt(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(1);
}
