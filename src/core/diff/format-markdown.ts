import type { Formatter } from '../model/format.js';
import { DIFF_CODES, mapStrings } from '../text/map-strings.js';
import { markdownInline } from '../text/markdown-inline.js';
import { aspects, detailLines, mainText } from './format-text.js';
import { Readable } from './readable.js';
import type { ActionChange, PlanDiff } from './types.js';
import type { WordOp } from './words.js';

/**
 * For a pull-request comment: the plans, a summary table, what a reader looks for first, then the
 * changes by objective. Every text of the plans is escaped first (markdownInline), so none can start a
 * heading, a list item, a mention or HTML.
 */
export function formatDiffMarkdown(diff: PlanDiff, f: Formatter): string {
  const d = mapStrings(diff, markdownInline, DIFF_CODES);
  const r = new Readable(d, f);
  const s = d.summary;
  const out = [`## ${r.plan(d.old)} → ${r.plan(d.new)}`, ''];
  for (const p of [d.old, d.new])
    if (p.illustrative) out.push(`> ${r.labelled(p.id, f.t('common.illustrativePlan'))}`, '');
  if (d.identical) return `${out.join('\n')}${f.t('diff.identicalCount', { count: d.new.actions })}\n`;
  const keys = ['added', 'removed', 'moved', 'reworded', 'renumbered', 'modified', 'unchanged'] as const;
  out.push(`| ${keys.map((k) => f.t(`diff.column.${k}`)).join(' | ')} |`, `|${'---:|'.repeat(keys.length)}`);
  out.push(`| ${keys.map((k) => s[k]).join(' | ')} |`, '', f.t('editions.countedOnce'), '');
  out.push(r.summaryLines().aspects, '');

  out.push(`### ${f.t('editions.keyChanges')}`, '');
  const removed = d.changes.filter((c) => c.kind === 'removed');
  const added = d.changes.filter((c) => c.kind === 'added');
  const handovers = r.handovers();
  out.push(`**${f.t('editions.dropped', { count: removed.length })}**`, '');
  for (const c of removed) out.push(`- **${c.oldId}** ~~${c.oldText}~~ (${r.actors(c.action?.actors ?? [])})`);
  out.push('', `**${f.t('editions.addedHeading', { count: added.length })}**`, '');
  for (const c of added) out.push(`- **${c.newId}** ${c.newText} (${r.actors(c.action?.actors ?? [])})`);
  out.push('', `**${f.t('editions.handedOver', { count: handovers.length })}**`, '');
  for (const h of handovers) {
    const parts = [r.handover(h.from, h.to), h.lead ? f.t('editions.leadFromTo', h.lead) : ''].filter(Boolean);
    out.push(`- ${r.labelled(`**${h.id}**`, r.parts(parts))}`);
  }
  out.push('');

  const fu = r.followUp();
  if (fu) {
    out.push(`### ${fu.heading}`, '');
    if (fu.illustrative) out.push(`> ${f.t('common.illustrative')}`, '');
    out.push(fu.statusLine, '', `**${fu.dropped.heading}**`, '');
    for (const a of fu.dropped.items) out.push(`- ${r.labelled(`**${a.id}** (${a.status})`, a.text)}`);
    out.push('', `**${fu.carried.heading}**`, '');
    for (const g of fu.carried.byStatus) out.push(`- ${f.t('editions.fieldLine', { label: g.status, change: g.ids })}`);
    out.push('', `**${fu.repeated.heading}**`, '');
    for (const a of fu.repeated.items) out.push(`- ${r.labelled(`**${a.id}** (${a.status})`, a.text)}`);
    out.push(
      '',
      fu.concluded.ids
        ? f.t('editions.fieldLine', { label: `**${fu.concluded.heading}**`, change: fu.concluded.ids })
        : `**${fu.concluded.heading}**`,
      '',
    );
  }
  if (d.plan.length) {
    out.push(`### ${f.t('diff.planFields')}`, '');
    for (const c of d.plan) {
      const x = r.field(c);
      out.push(`- ${f.t('editions.fieldLine', { label: `**${x.label}**`, change: `~~${x.old}~~ → ${x.new}` })}`);
    }
    out.push('');
  }
  if (d.structure.length) {
    out.push(`### ${f.t('diff.structure')}`, '');
    for (const c of d.structure) {
      out.push(
        `- ${r.labelled(`${f.t(`diff.${c.kind}`)} ${f.t(`diff.level.${c.level}`)} **${r.id(c)}**${aspects(c.aspects, f)}`, c.words ? words(c.words) : (c.newTitle ?? c.oldTitle ?? ''))}`,
      );
    }
    out.push('');
  }
  let objective = '';
  for (const c of d.changes) {
    if (c.objective !== objective) {
      objective = c.objective;
      out.push(`### ${r.objective(c.newPlace ?? c.oldPlace, objective)}`, '');
    }
    out.push(action(c, r));
  }
  if (d.actors.length) {
    const cols = [
      f.t('diff.actor'),
      f.t('diff.change'),
      f.t('diff.gained'),
      f.t('diff.lost'),
      f.t('diff.leadGained'),
      f.t('diff.leadLost'),
    ];
    out.push('', `### ${f.t('diff.actorsHeading')}`, '', `| ${cols.join(' | ')} |`, `|${'---|'.repeat(cols.length)}`);
    for (const a of d.actors) {
      const change = a.renamed
        ? f.t('diff.renamedFrom', { old: a.renamed.old })
        : a.kind === 'changed'
          ? ''
          : f.t(`diff.${a.kind}`);
      out.push(
        `| ${r.actor(a.id, true)} | ${change} | ${a.gained.join(', ')} | ${a.lost.join(', ')} | ${a.leadGained.join(', ')} | ${a.leadLost.join(', ')} |`,
      );
    }
  }
  return `${out.join('\n')}\n`;
}

function action(c: ActionChange, r: Readable): string {
  const text = c.words ? words(c.words) : c.kind === 'removed' ? `~~${c.oldText ?? ''}~~` : (c.newText ?? '');
  const lines = [`- ${r.labelled(`**${r.id(c)}** (${mainText(c, r.f)})`, text)}`];
  for (const l of detailLines(c, r, { ins: (s) => `**${s}**`, del: (s) => `~~${s}~~`, words })) lines.push(`  - ${l}`);
  return lines.join('\n');
}

function words(ops: readonly WordOp[]): string {
  return ops.map((o) => (o.op === '=' ? o.text : o.op === '-' ? `~~${o.text}~~` : `**${o.text}**`)).join(' ');
}
