import type { AccountView, AssessmentRow, AssessmentView, AssessorView, ReportModel } from './model-types.js';

/** The shadow report of one assessor: its assessments, each with the government's account of the same year beside it. */
export interface ShadowModel {
  assessor: AssessorView;
  /** Illustrative data in this document: the plan, the government's progress quoted, or this assessment. */
  illustrative: boolean;
  /** How many actions the assessor rated at each level of its scale, in the scale's order. */
  levels: { label: string; colour?: string; count: number }[];
  /** This assessor's ratings below the government's status, the largest difference first. */
  differences: AssessmentRow[];
  /** Actions assessed but not reported by the government. */
  unreported: AssessmentRow[];
  items: ShadowItem[];
}

export interface ShadowItem {
  id: string;
  anchor: string;
  text: string;
  assessment: AssessmentView;
  /** The government's status for the year and its accounts, quoted. */
  statusLabel: string;
  accounts: AccountView[];
}

/** One shadow report per assessor of the year, from the report's view model (the same accounts the report shows). */
export function buildShadowModels(report: ReportModel): ShadowModel[] {
  const actions = report.objectives.flatMap((o) => [...o.goals.flatMap((g) => g.actions), ...o.actions]);
  return report.assessments.assessors.map((assessor) => {
    const items: ShadowItem[] = actions.flatMap((a) =>
      (a.assessments ?? [])
        .filter((x) => x.assessorId === assessor.id)
        .map((assessment) => ({
          id: a.id,
          anchor: a.anchor,
          text: a.text,
          assessment,
          statusLabel: a.discontinuedLabel ?? a.statusLabel,
          accounts: a.accounts,
        })),
    );
    const levels = new Map<number, { label: string; colour?: string; count: number }>();
    for (const { assessment: x } of items) {
      const level = levels.get(x.levelIndex) ?? {
        label: x.levelLabel,
        ...(x.levelColour ? { colour: x.levelColour } : {}),
        count: 0,
      };
      level.count++;
      levels.set(x.levelIndex, level);
    }
    const mine = (rows: readonly AssessmentRow[]) => rows.filter((r) => r.assessorId === assessor.id);
    return {
      assessor,
      illustrative: report.illustrative.plan || report.illustrative.progress || assessor.illustrative,
      levels: [...levels.entries()].sort(([a], [b]) => a - b).map(([, level]) => level),
      differences: mine(report.assessments.differences),
      unreported: mine(report.assessments.unreported),
      items,
    };
  });
}
