import { readFileSync } from 'node:fs';
import { Formatter } from '../src/core/model/format.js';
import type { Messages } from '../src/core/model/messages.js';
import { createMarkdown } from '../src/core/render/markdown.js';
import { buildBriefModel } from '../src/core/report/brief-model.js';
import { buildReportModel } from '../src/core/report/build-model.js';
import { checkInline, type InlineFiles } from './helpers.js';

export const NOW = new Date('2026-01-15T10:00:00Z');

export function messages(lang: string): Messages {
  return JSON.parse(readFileSync(new URL(`../templates/i18n/${lang}.json`, import.meta.url), 'utf8')) as Messages;
}

/** The report and brief models of inline files, which must be valid. */
export function models(files: InlineFiles, year: number, lang = 'en') {
  const checked = checkInline(files);
  const errors = checked.findings.filter((f) => f.severity === 'error');
  if (errors.length || !checked.plan.data)
    throw new Error(`invalid test input: ${JSON.stringify(errors.map((e) => e.message))}`);
  const f = new Formatter(lang, messages(lang));
  const report = buildReportModel({
    plan: checked.plan.data,
    progress: checked.progress.flatMap((p) => (p.data ? [{ file: p.file, data: p.data }] : [])),
    narratives: checked.narratives.flatMap((n) => (n.data ? [{ file: n.file, data: n.data }] : [])),
    assessments: checked.assessments.flatMap((a) => (a.data ? [{ file: a.file, data: a.data }] : [])),
    year,
    format: f,
    markdown: createMarkdown(),
    now: NOW,
  });
  return { report, brief: buildBriefModel(report, f), format: f };
}

/** Both documents of inline files as HTML, rendered with the built-in templates (or a user folder). */
export async function renderHtml(files: InlineFiles, year: number, lang = 'en', templatesDir?: string) {
  const { TemplateRenderer } = await import('../src/core/render/renderer.js');
  const { TemplateSource } = await import('../src/core/render/template-source.js');
  const { renderReport } = await import('../src/core/report/documents.js');
  const { report, brief, format: f } = models(files, year, lang);
  const renderer = await TemplateRenderer.create(await TemplateSource.open(templatesDir), messages(lang), [
    'parliament',
    'brief',
  ]);
  const render = (kind: 'parliament' | 'brief') => renderReport({ report, brief, f, renderer }, kind, false);
  return { parliament: render('parliament'), brief: render('brief') };
}

/** The document without its stylesheet, for snapshots that show content. */
export function bodyOf(html: string): string {
  return html.replace(/<style>[\s\S]*?<\/style>/, '<style>…</style>');
}
