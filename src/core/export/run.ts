import { NapError, UsageError } from '../errors.js';
import { discoverPlans } from '../load/discover.js';
import { Formatter } from '../model/format.js';
import { buildTables } from '../model/tables.js';
import { planLanguages, TextPicker } from '../model/text.js';
import type { Plan } from '../model/types.generated.js';
import { realPaths } from '../output/atomic.js';
import { type StageOptions, withDocumentStage } from '../output/documents.js';
import { type ExportFormat, openDataFiles } from '../output/open-data.js';
import { resolveTargets } from '../output/targets.js';
import { loadMessages } from '../render/messages.js';
import { TemplateSource } from '../render/template-source.js';
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
  warnings: string[];
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
  const lang = exportLanguage(plan, o.lang);
  const text = new TextPicker(lang, plan.lang);
  // The built-in scale's level names are nap's own words, in the language exported (English when nap has none in it:
  // the data itself never depends on nap's wording).
  const source = await TemplateSource.open();
  const words = await loadMessages(source, lang).catch((err: unknown) => {
    if (err instanceof NapError && err.code === 'E_TRANSLATION') return loadMessages(source, 'en');
    throw err;
  });
  const f = new Formatter(lang, words.messages);
  const tables = buildTables({
    plan,
    progress: loaded.progress,
    text,
    assessments: loaded.assessments,
    builtInLevel: (id) => f.t(`assessment.level.${id}`),
  });
  // As nap report says it: a text the plan has not translated is given in the plan's language.
  const warnings = text.untranslated.size
    ? [
        `${text.untranslated.size} texts have no '${lang}' version and are exported in '${plan.lang}': ${[...text.untranslated].slice(0, 8).join(', ')}${text.untranslated.size > 8 ? ', …' : ''}`,
      ]
    : [];
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
    warnings,
  }));
}

/**
 * The language asked for, if the plan provides it (`lang` or `languages`). An export holds only
 * the plan's own texts, no wording of nap's: in a language the plan does not list it would be
 * the plan's language labelled as another.
 */
function exportLanguage(plan: Plan, asked: string | undefined): string {
  const langs = planLanguages(plan);
  if (asked === undefined) return plan.lang;
  const found = langs.find((l) => l.toLowerCase() === asked.toLowerCase());
  if (found) return found;
  throw new UsageError(
    `plan ${plan.id} is not written in '${asked}': its ${langs.length > 1 ? 'languages are' : 'language is'} ${langs.join(', ')}`,
    `leave out --lang${langs.length > 1 ? ` or choose one of ${langs.join(', ')}` : ''}; to export a translation, add it to the plan's texts and list its language under languages in plan.yaml`,
  );
}
