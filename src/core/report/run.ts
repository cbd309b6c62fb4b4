import { InterruptedError, UsageError } from '../errors.js';
import { assessorId } from '../model/assessment.js';
import { realPaths } from '../output/atomic.js';
import { type StageOptions, signalOf, withDocumentStage } from '../output/documents.js';
import { resolveTargets } from '../output/targets.js';
import type { Finding } from '../rules/finding.js';
import { earlierEditions } from '../validate/editions.js';
import type { LoadedPlan } from '../validate/load-plan.js';
import { selectPlanForYear } from '../validate/select-plan.js';
import type { PlannedFile } from './compose.js';
import type { ReportFormat, ReportKind } from './documents.js';

export interface ReportOptions
  extends Pick<StageOptions, 'env' | 'platform' | 'signal' | 'holdSignals' | 'timeoutMs' | 'onWritten' | 'launch'> {
  plan?: string;
  year: number;
  kinds: ReportKind[];
  formats: ReportFormat[];
  /** For the shadow kind: one assessor's report; every assessor of the year when absent. */
  assessor?: string;
  /** Languages; the plan's language when empty. */
  langs: string[];
  /** A folder (default ./reports), or one file named with the format's extension. */
  out?: string;
  templatesDir?: string;
  cwd: string;
  now: Date;
  creator: string;
}

export interface ReportResult {
  planId: string;
  written: string[];
  warnings: string[];
  findings: Finding[];
}

/** `nap report` as a function: choose and validate the plan, build the view model per language, hand the documents to the output stage. */
export async function runReport(o: ReportOptions): Promise<ReportResult> {
  const check = () => {
    if (o.signal?.aborted) throw new InterruptedError(signalOf(o.signal));
  };
  return withDocumentStage({ ...o, inputs: new Set() }, async (stage) => {
    const loaded = await selectPlanForYear(o.plan, o.year, o.cwd);
    const { plan } = loaded;
    const earlier = await earlierEditions(loaded, o.cwd);
    const langs = o.langs.length ? [...new Set(o.langs)] : [plan.lang];
    const assessors = o.kinds.includes('shadow') ? shadowAssessors(loaded.assessments, o.year, o.assessor) : [];
    // Documents per kind (a shadow report per assessor); the data (--format json) once per language, the same for all kinds.
    const planned: PlannedFile[] = langs.flatMap((lang): PlannedFile[] => [
      ...o.kinds.flatMap((kind) =>
        (kind === 'shadow' ? assessors : [undefined]).flatMap((assessor) =>
          o.formats
            .filter((format) => format !== 'json')
            .map((format) => ({
              lang,
              kind,
              format,
              assessor,
              name: `${plan.id}-${o.year}-${kind}${assessor ? `-${assessor}` : ''}.${lang}`,
            })),
        ),
      ),
      ...(o.formats.includes('json')
        ? [{ lang, kind: 'data' as const, format: 'json' as const, name: `${plan.id}-${o.year}-data.${lang}` }]
        : []),
    ]);
    const targets = await resolveTargets(o.cwd, o.out, 'reports', planned);
    // Everything that can be refused about the plan, the year and the output is checked before a
    // browser starts; it then starts beside loading the templates and rendering, which is about
    // a third of the time of the PDFs. A browser that cannot start is reported once a PDF is to
    // be printed.
    const pdfs = planned.filter((p) => p.format === 'pdf').length;
    if (pdfs) stage.warmUp(pdfs);
    // Templates, models and documents: loaded once the browser is on its way.
    const { composeReport } = await import('./compose.js');
    const { jobs, warnings } = await composeReport({
      loaded,
      earlier,
      year: o.year,
      kinds: o.kinds,
      langs,
      assessors,
      planned,
      targets,
      templatesDir: o.templatesDir,
      cwd: o.cwd,
      now: o.now,
      creator: o.creator,
      check,
    });
    check();
    stage.protect(await realPaths(loaded.inputs));
    const result: ReportResult = { planId: plan.id, written: [], warnings, findings: loaded.warnings };
    result.written = await stage.write(jobs);
    return result;
  });
}

/** The assessors whose shadow reports are asked for: the one named, or every assessor of the year. */
function shadowAssessors(files: LoadedPlan['assessments'], year: number, named: string | undefined): string[] {
  const ids = [...new Set(files.filter((f) => f.data.year === year).map((f) => assessorId(f.data)))].sort();
  if (!ids.length)
    throw new UsageError(
      `there is no assessment of ${year}, so there is no shadow report to write`,
      `add one under assessments/${year}/ (docs/format.md, "assessment files"), or choose another --kind`,
    );
  if (named === undefined) return ids;
  if (!ids.includes(named))
    throw new UsageError(`no assessment of ${year} is by '${named}'`, `use --assessor with one of: ${ids.join(', ')}`);
  return [named];
}
