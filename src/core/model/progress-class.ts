/**
 * Progress towards a target, after Open SDG's method (itself after Statistics Canada):
 * the growth achieved since the start is compared with the growth needed to reach the
 * target by its year. README, "Progress towards a target", documents it.
 */
export const PROGRESS_CLASSES = ['achieved', 'on-track', 'needs-acceleration', 'limited', 'moving-away'] as const;
export type ProgressClass = (typeof PROGRESS_CLASSES)[number];

/** Ratio of growth achieved to growth needed from which a class applies: Open SDG's (95%, 60%, 0%). */
export const THRESHOLDS = { onTrack: 0.95, needsAcceleration: 0.6, limited: 0 } as const;

export interface Point {
  year: number;
  value: number;
}

export interface ProgressResult {
  class: ProgressClass;
  /** Yearly growth achieved and needed: compound rates when all three values are above 0, otherwise change per year. */
  achieved: number;
  needed: number;
  /** achieved / needed; undefined when the target is the start value. */
  ratio?: number;
}

export function classifyProgress(start: Point, current: Point, target: Point): ProgressResult | undefined {
  if (current.year <= start.year || target.year <= start.year) return undefined;
  const compound = start.value > 0 && current.value > 0 && target.value > 0;
  const rate = (p: Point) =>
    compound
      ? (p.value / start.value) ** (1 / (p.year - start.year)) - 1
      : (p.value - start.value) / (p.year - start.year);
  const achieved = rate(current);
  const needed = rate(target);
  const up = target.value >= start.value;
  if (up ? current.value >= target.value : current.value <= target.value)
    return { class: 'achieved', achieved, needed };
  if (needed === 0) return { class: 'moving-away', achieved, needed };
  const ratio = achieved / needed;
  const cls: ProgressClass =
    ratio >= THRESHOLDS.onTrack
      ? 'on-track'
      : ratio >= THRESHOLDS.needsAcceleration
        ? 'needs-acceleration'
        : ratio >= THRESHOLDS.limited
          ? 'limited'
          : 'moving-away';
  return { class: cls, achieved, needed, ratio };
}
