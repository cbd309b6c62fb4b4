import { resolve } from 'node:path';
import { Formatter } from '../model/format.js';
import type { OutputJob } from '../output/documents.js';
import { createMarkdown } from '../render/markdown.js';
import { loadMessages } from '../render/messages.js';
import { TemplateRenderer } from '../render/renderer.js';
import { TemplateSource } from '../render/template-source.js';
import type { EarlierEdition } from '../validate/editions.js';
import type { LoadedPlan } from '../validate/load-plan.js';
import { buildBriefModel } from './brief-model.js';
import { buildReportModel } from './build-model.js';
import { type ReportFormat, type ReportKind, reportJobs } from './documents.js';
import { reportData } from './report-data.js';
import { buildShadowModels } from './shadow-model.js';

/** One file a report run writes: a document of a kind (per assessor for shadow reports), or the data. */
export interface PlannedFile {
  lang: string;
  kind: ReportKind | 'data';
  format: ReportFormat;
  assessor?: string;
  name: string;
}

export interface Composition {
  loaded: LoadedPlan;
  earlier: ReadonlyMap<string, EarlierEdition>;
  year: number;
  kinds: ReportKind[];
  langs: string[];
  assessors: string[];
  planned: PlannedFile[];
  /** The path of each planned file, in the same order. */
  targets: string[];
  templatesDir?: string;
  cwd: string;
  now: Date;
  creator: string;
  /** Throws once the run is interrupted. */
  check: () => void;
}

/**
 * The output jobs of a report run: templates and messages per language, the view models and the
 * documents. Loaded only once the plan and the output are accepted, beside the browser's start
 * (rendering and its libraries were 0.05 s of the start before it).
 */
export async function composeReport(o: Composition): Promise<{ jobs: OutputJob[]; warnings: string[] }> {
  const { loaded, planned, targets } = o;
  const source = await TemplateSource.open(o.templatesDir && resolve(o.cwd, o.templatesDir), o.templatesDir);
  const warnings: string[] = [];
  const languages: { lang: string; f: Formatter; renderer: TemplateRenderer }[] = [];
  for (const lang of o.langs) {
    const { messages, filled } = await loadMessages(source, lang);
    if (filled.length)
      warnings.push(
        `${lang}: ${filled.length} texts of the templates have no '${lang}' wording and are shown in English: ${filled.slice(0, 5).join(', ')}${filled.length > 5 ? ', …' : ''}`,
      );
    languages.push({
      lang,
      f: new Formatter(lang, messages),
      renderer: await TemplateRenderer.create(source, messages, o.kinds),
    });
  }
  const markdown = createMarkdown();
  const jobs: OutputJob[] = [];
  for (const { lang, f, renderer } of languages) {
    o.check();
    const report = buildReportModel({
      plan: loaded.plan,
      progress: loaded.progress,
      narratives: loaded.narratives,
      assessments: loaded.assessments,
      earlier: o.earlier,
      year: o.year,
      format: f,
      markdown,
      now: o.now,
    });
    warnings.push(...report.warnings.map((w) => `${lang}: ${w}`));
    const docs = { report, brief: buildBriefModel(report, f), f, renderer, creator: o.creator, now: o.now };
    const dataTarget = planned.findIndex((p) => p.lang === lang && p.kind === 'data');
    if (dataTarget >= 0)
      jobs.push({ target: targets[dataTarget]!, content: `${JSON.stringify(reportData(report), null, 2)}\n` });
    const shadows = new Map(buildShadowModels(report).map((s) => [s.assessor.id, s]));
    for (const kind of o.kinds) {
      for (const assessor of kind === 'shadow' ? o.assessors : [undefined]) {
        const mine = Object.fromEntries(
          planned.flatMap((p, i) =>
            p.lang === lang && p.kind === kind && p.assessor === assessor ? [[p.format, targets[i]!]] : [],
          ),
        );
        jobs.push(...reportJobs(assessor ? { ...docs, shadow: shadows.get(assessor)! } : docs, kind, mine));
      }
    }
  }
  return { jobs, warnings };
}
