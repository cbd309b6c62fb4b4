import { UsageError } from '../errors.js';
import { discoverPlans } from '../load/discover.js';
import { buildTables } from '../model/tables.js';
import { TextPicker } from '../model/text.js';
import { realPaths } from '../output/atomic.js';
import { type StageOptions, withDocumentStage } from '../output/documents.js';
import { type ExportFormat, openDataFiles } from '../output/open-data.js';
import { resolveTargets } from '../output/targets.js';
import type { Finding } from '../rules/finding.js';
import { loadPlan } from '../validate/load-plan.js';

export interface ExportOptions extends Pick<StageOptions, 'env' | 'platform' | 'signal' | 'holdSignals' | 'onWritten'> {
  plan?: string;
  formats: ExportFormat[];
  /** Language of the texts; the plan's language by default. */
  lang?: string;
  /** A folder (default ./export), or one file named with the format's extension. */
  out?: string;
  cwd: string;
  now: Date;
  creator: string;
}

export interface ExportResult {
  planId: string;
  written: string[];
  findings: Finding[];
}

/** `nap export` as a function: the plan's tidy tables, validated first, in each format asked for. */
export async function runExport(o: ExportOptions): Promise<ExportResult> {
  const folders = await discoverPlans(o.plan === undefined ? [] : [o.plan], o.cwd);
  if (folders.length !== 1)
    throw new UsageError(
      folders.length
        ? `${o.plan ?? './plans'} holds ${folders.length} plans: ${folders.map((f) => f.folderName).join(', ')}`
        : 'there is no plan under ./plans',
      folders.length ? `name one plan: nap export ${folders[0]!.folderName}` : 'name a plan folder or plan.yaml',
    );
  const loaded = await loadPlan(folders[0]!, o.cwd);
  const { plan } = loaded;
  const lang = o.lang ?? plan.lang;
  const text = new TextPicker(lang, plan.lang);
  const tables = buildTables({ plan, progress: loaded.progress, text });
  const files = openDataFiles(
    tables,
    {
      planId: plan.id,
      title: text.pick(plan.title, 'title'),
      lang,
      illustrative: plan.illustrative === true || loaded.progress.some((p) => p.data.illustrative === true),
      created: o.now.toISOString(),
      creator: o.creator,
    },
    o.formats,
  );
  const targets = await resolveTargets(
    o.cwd,
    o.out,
    'export',
    files,
    'choose one format: --format json or --format xlsx',
  );
  const inputs = await realPaths(loaded.inputs);
  return withDocumentStage({ ...o, inputs }, async (stage) => ({
    planId: plan.id,
    written: await stage.write(files.map((f, i) => ({ target: targets[i]!, content: f.content }))),
    findings: loaded.warnings,
  }));
}
