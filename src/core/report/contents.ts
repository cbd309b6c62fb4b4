import { type Messages, message } from '../model/messages.js';
import type { TocEntry } from '../pdf/contents.js';
import type { ReportModel } from './model-types.js';

/** The contents of the parliamentary report; entries are matched to PDF bookmarks by title. */
export function tableOfContents(
  report: ReportModel,
  messages: Messages,
  pages?: ReadonlyMap<string, number>,
): TocEntry[] {
  const t = (k: string) => message(messages, k);
  const narrative = (sections: readonly { anchor: string; title: string }[] = []) =>
    sections.map((s) => ({ anchor: s.anchor, title: s.title, level: 1 as const }));
  const entries: TocEntry[] = [
    ...narrative(report.narrative?.front),
    { anchor: 'summary', title: t('parliament.summary'), level: 1 },
    ...(report.assessments.any ? [{ anchor: 'assessments', title: t('assessment.differ'), level: 1 as const }] : []),
    { anchor: 'matrix', title: t('parliament.matrix'), level: 1 },
    ...report.objectives.map((o) => ({ anchor: o.anchor, title: o.heading, level: 2 as const })),
    ...narrative(report.narrative?.back),
    { anchor: 'annex-not-reported', title: t('parliament.annexNotReported'), level: 1 },
    { anchor: 'annex-actors', title: t('parliament.annexActors'), level: 1 },
    { anchor: 'annex-submissions', title: t('parliament.annexSubmissions'), level: 1 },
    { anchor: 'annex-spending', title: t('parliament.annexSpending'), level: 1 },
    ...(report.abbreviations.length
      ? [{ anchor: 'annex-abbreviations', title: t('parliament.annexAbbreviations'), level: 1 as const }]
      : []),
  ];
  return entries.map((e) => (pages?.has(e.anchor) ? { ...e, page: pages.get(e.anchor)! } : e));
}
