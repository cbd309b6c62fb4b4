import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { EnvironmentError, NapError, UsageError } from '../errors.js';
import { discoverPlans } from '../load/discover.js';
import { Formatter } from '../model/format.js';
import { buildTables } from '../model/tables.js';
import { planLanguages, TextPicker } from '../model/text.js';
import type { Plan } from '../model/types.generated.js';
import { realPaths } from '../output/atomic.js';
import { type StageOptions, withDocumentStage } from '../output/documents.js';
import type { FolderFile } from '../output/folder.js';
import { extensionOf } from '../output/formats.js';
import { EXPORT_FORMATS, openDataFiles } from '../output/open-data.js';
import type { DocumentKind } from '../render/kinds.js';
import { createMarkdown } from '../render/markdown.js';
import { loadMessages } from '../render/messages.js';
import { TemplateRenderer } from '../render/renderer.js';
import { TemplateSource } from '../render/template-source.js';
import type { Finding } from '../rules/finding.js';
import { earlierEditions } from '../validate/editions.js';
import { type LoadedPlan, loadPlan } from '../validate/load-plan.js';
import { rootPage } from './compare.js';
import { editionLinks } from './editions.js';
import { type PlanFacts, planFacts } from './facts.js';
import { planPages, type SitePage } from './pages.js';
import { sitePaths } from './paths.js';

export interface SiteOptions extends Pick<StageOptions, 'env' | 'platform' | 'signal' | 'holdSignals' | 'onWritten'> {
  /** Plans named; every plan under ./plans when empty. */
  plans: string[];
  /** The site's folder (default ./site). */
  out?: string;
  templatesDir?: string;
  /** Where `nap report` wrote its PDFs (default ./reports): those of the plans are offered for download. */
  reportsDir?: string;
  cwd: string;
  now: Date;
  creator: string;
}

export interface SiteResult {
  planIds: string[];
  folder: string;
  pages: number;
  files: number;
  findings: Finding[];
  warnings: string[];
}

const KINDS: DocumentKind[] = [
  'site-index',
  'site-home',
  'site-objective',
  'site-action',
  'site-actor',
  'site-assessor',
  'site-search',
];

/** `nap site` as a function: every plan validated, its pages in each of its languages, the downloads, one folder. */
export async function runSite(o: SiteOptions): Promise<SiteResult> {
  const folders = await discoverPlans(o.plans, o.cwd);
  if (!folders.length) throw new UsageError('there is no plan under ./plans', 'name plan folders or plan.yaml files');
  const reportsDir = resolve(o.cwd, o.reportsDir ?? 'reports');
  // ./reports may well not exist yet; a folder the user named must.
  if (o.reportsDir !== undefined && !(await stat(reportsDir).catch(() => undefined))?.isDirectory())
    throw new EnvironmentError(
      `the reports folder ${o.reportsDir} does not exist`,
      'give --reports the folder nap report wrote its PDFs to (its --out), or leave out --reports',
      'E_NOT_FOUND',
    );
  const loaded: LoadedPlan[] = [];
  for (const folder of folders) loaded.push(await loadPlan(folder, o.cwd));
  const seen = new Set<string>();
  for (const l of loaded) {
    if (seen.has(l.plan.id))
      throw new UsageError(`two plans have the id ${l.plan.id}`, 'a site needs each plan once: name the plans to show');
    seen.add(l.plan.id);
  }
  const source = await TemplateSource.open(o.templatesDir && resolve(o.cwd, o.templatesDir), o.templatesDir);
  const wanted = [...new Set(loaded.flatMap((l) => planLanguages(l.plan)))];
  const result: SiteResult = {
    planIds: loaded.map((l) => l.plan.id),
    folder: resolve(o.cwd, o.out ?? 'site'),
    pages: 0,
    files: 0,
    findings: loaded.flatMap((l) => l.warnings),
    warnings: [],
  };
  const tools = new Map<string, { f: Formatter; renderer: TemplateRenderer }>();
  for (const lang of wanted) {
    // A language nap has no wording for is left out, unless it is the only one of a plan.
    const loadedMessages = await loadMessages(source, lang).catch((err: unknown) => {
      const main = loaded.some((l) => l.plan.lang === lang);
      if (main || !(err instanceof NapError) || err.code !== 'E_TRANSLATION') throw err;
      result.warnings.push(
        `${lang}: no pages in this language, nap has no wording for it (add i18n/${lang}.json to a folder given with --templates)`,
      );
      return undefined;
    });
    if (!loadedMessages) continue;
    const { messages, filled } = loadedMessages;
    if (filled.length)
      result.warnings.push(
        `${lang}: ${filled.length} texts of the templates have no '${lang}' wording and are shown in English`,
      );
    tools.set(lang, {
      f: new Formatter(lang, messages),
      renderer: await TemplateRenderer.create(source, messages, KINDS),
    });
  }
  const allLangs = wanted.filter((l) => tools.has(l));
  const defaultLang = allLangs[0]!;
  const languagesOf = (plan: Plan) => planLanguages(plan).filter((l) => tools.has(l));
  const markdown = createMarkdown();
  const generatedIso = o.now.toISOString().slice(0, 10);
  const files: FolderFile[] = [{ path: '.nojekyll', content: '' }];
  const render = (page: SitePage, renderer: TemplateRenderer) => {
    files.push({ path: page.path, content: renderer.render(page.kind, page.context) });
    result.pages++;
  };
  const facts: PlanFacts[] = [];
  // An earlier edition on the site is already loaded and checked: not again for the plan that continues it.
  const byFolder = new Map(loaded.map((l) => [join(l.folder.root, l.folder.folderName), l]));
  for (const l of loaded)
    facts.push(
      planFacts(l.plan, l.progress, { assessments: l.assessments, earlier: await earlierEditions(l, o.cwd, byFolder) }),
    );
  const links = editionLinks(
    loaded.map((l) => l.plan),
    languagesOf,
  );
  for (const [n, l] of loaded.entries()) {
    const { plan } = l;
    const langs = languagesOf(plan);
    const data = openDataFiles(
      buildTables({
        plan,
        progress: l.progress,
        text: new TextPicker(plan.lang, plan.lang),
        assessments: l.assessments,
        builtInLevel: (id) => tools.get(plan.lang)!.f.t(`assessment.level.${id}`),
      }),
      {
        planId: plan.id,
        title: new TextPicker(plan.lang, plan.lang).pick(plan.title, 'title'),
        lang: plan.lang,
        illustrative: Object.values(facts[n]!.illustrative).some(Boolean),
        created: o.now.toISOString(),
        creator: o.creator,
      },
      EXPORT_FORMATS,
    );
    const dir = sitePaths.downloads(plan.id);
    const dataFiles = data.map((d) => ({ ...d, path: `${dir}/${d.name}.${extensionOf(d.format)}` }));
    const pdfs = await reportPdfs(reportsDir, plan.id);
    if (o.reportsDir !== undefined && !pdfs.length)
      result.warnings.push(
        `${plan.id}: no PDF in ${o.reportsDir} (nap report names them ${plan.id}-<year>-<kind>.<lang>.pdf), so the site offers none`,
      );
    files.push(
      ...dataFiles.map((d) => ({ path: d.path, content: d.content })),
      ...pdfs.map((p) => ({ path: `${dir}/${p.name}`, content: p.bytes })),
    );
    for (const lang of langs) {
      const { f, renderer } = tools.get(lang)!;
      const downloads = [
        // The workbook, the JSON and the Data Package (its datapackage.json), then each CSV file.
        ...dataFiles
          .filter((d) => d.format !== 'csv')
          .map((d) => ({
            path: d.path,
            label: f.t(d.name.endsWith('/datapackage') ? 'site.downloadPackage' : `site.download.${d.format}`),
          })),
        ...dataFiles
          .filter((d) => d.format === 'csv' && !d.name.includes('/'))
          .map((d) => ({ path: d.path, label: f.t('site.downloadCsv', { table: d.name.slice(plan.id.length + 1) }) })),
        ...pdfs.map((p) => ({ path: `${dir}/${p.name}`, label: f.t('site.downloadPdf', { file: p.name }) })),
      ];
      for (const page of planPages(facts[n]!, {
        f,
        markdown,
        safe: (h) => renderer.safe(h),
        langs,
        generatedIso,
        downloads,
        rootHref: sitePaths.root(lang, defaultLang),
        editions: links,
      }))
        render(page, renderer);
    }
  }
  for (const lang of allLangs) {
    const { f, renderer } = tools.get(lang)!;
    const page = rootPage(facts, f, languagesOf, {
      path: sitePaths.root(lang, defaultLang),
      langs: allLangs.map((l) => ({ lang: l, path: sitePaths.root(l, defaultLang) })),
      safe: (h) => renderer.safe(h),
      generatedIso,
    });
    render(page, renderer);
  }
  result.files = files.length;
  const inputs = await realPaths(loaded.flatMap((l) => l.inputs));
  return withDocumentStage({ ...o, inputs }, async (stage) => {
    await stage.write([{ target: result.folder, folder: files }]);
    return result;
  });
}

/** The PDFs `nap report` made for a plan (<plan>-<year>-<kind>.<lang>.pdf), when there are any. */
async function reportPdfs(dir: string, planId: string): Promise<{ name: string; bytes: Uint8Array }[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const mine = names
    .filter((n) => n.startsWith(`${planId}-`) && /^-\d{4}-[a-z]+\.[A-Za-z-]+\.pdf$/.test(n.slice(planId.length)))
    .sort();
  return Promise.all(mine.map(async (name) => ({ name, bytes: await readFile(join(dir, name)) })));
}
