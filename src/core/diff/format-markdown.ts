import type { Formatter } from '../model/format.js';
import { DIFF_CODES, mapStrings } from '../text/map-strings.js';
import { markdownInline } from '../text/markdown-inline.js';
import { aspects } from './format-text.js';
import type { ActionChange, PlanDiff } from './types.js';
import type { WordOp } from './words.js';

/**
 * For a pull-request comment: a summary table, then the changes by objective. Every text of the
 * plans is escaped first (markdownInline), so none can start a heading, a list item, a mention or HTML.
 */
export function formatDiffMarkdown(diff: PlanDiff, f: Formatter): string {
  const d = mapStrings(diff, markdownInline, DIFF_CODES);
  const s = d.summary;
  const out = [`## ${d.old.id} → ${d.new.id}`, ''];
  if (d.identical) return `${out.join('\n')}${f.t('diff.identicalCount', { count: d.new.actions })}\n`;
  const heads = ['added', 'removed', 'reworded', 'renumbered', 'moved', 'modified', 'unchanged', 'actorChanges'].map(
    (k) => f.t(`diff.${k}`),
  );
  out.push(`| ${heads.join(' | ')} |`, `|${'---:|'.repeat(heads.length)}`);
  out.push(
    `| ${s.added} | ${s.removed} | ${s.reworded} | ${s.renumbered} | ${s.moved} | ${s.modified} | ${s.unchanged} | ${s.actorChanges} |`,
    '',
  );
  if (d.plan.length) {
    out.push(`### ${f.t('diff.plan')}`, '');
    for (const c of d.plan) out.push(`- **${c.field}**: ~~${c.old || '∅'}~~ → ${c.new || '∅'}`);
    out.push('');
  }
  if (d.structure.length) {
    out.push(`### ${f.t('diff.structure')}`, '');
    for (const c of d.structure) {
      const id = c.oldId && c.newId && c.oldId !== c.newId ? `${c.oldId} → ${c.newId}` : (c.newId ?? c.oldId);
      out.push(
        `- ${f.t(`diff.${c.kind}`)} ${f.t(`diff.level.${c.level}`)} **${id ?? ''}**${aspects(c.aspects, f)}: ${c.words ? words(c.words) : (c.newTitle ?? c.oldTitle ?? '')}`,
      );
    }
    out.push('');
  }
  let objective = '';
  for (const c of d.changes) {
    if (c.objective !== objective) {
      objective = c.objective;
      out.push(`### ${f.t('labels.objective')} ${objective}`, '');
    }
    out.push(action(c, f));
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
        `| ${a.name} | ${change} | ${a.gained.join(', ')} | ${a.lost.join(', ')} | ${a.leadGained.join(', ')} | ${a.leadLost.join(', ')} |`,
      );
    }
  }
  return `${out.join('\n')}\n`;
}

function action(c: ActionChange, f: Formatter): string {
  const id = c.oldId && c.newId && c.oldId !== c.newId ? `${c.oldId} → ${c.newId}` : (c.newId ?? c.oldId ?? '');
  const text = c.words ? words(c.words) : c.kind === 'removed' ? `~~${c.oldText ?? ''}~~` : (c.newText ?? '');
  const lines = [
    `- ${c.kind === 'changed' ? '' : `${f.t(`diff.${c.kind}`)} `}**${id}**${aspects(c.aspects, f)}: ${text}`,
  ];
  const fromTo = (x: { old: string | null; new: string | null }) => ({
    from: x.old ?? '∅',
    to: x.new ?? '∅',
  });
  if (c.aspects.includes('moved'))
    lines.push(`  - ${f.t('diff.movedLine', { from: c.oldPath ?? '', to: c.newPath ?? '' })}`);
  if (c.actors)
    lines.push(
      `  - ${f.t('diff.actorsLine', { list: [...c.actors.added.map((a) => `+${a}`), ...c.actors.removed.map((a) => `−${a}`)].join(', ') })}`,
    );
  if (c.lead) lines.push(`  - ${f.t('diff.leadLine', fromTo(c.lead))}`);
  for (const i of c.indicators?.added ?? []) lines.push(`  - ${f.t('diff.indicatorAdded', { text: i })}`);
  for (const i of c.indicators?.removed ?? []) lines.push(`  - ${f.t('diff.indicatorRemoved', { text: `~~${i}~~` })}`);
  for (const i of c.indicators?.reworded ?? [])
    lines.push(`  - ${f.t('diff.indicatorReworded', { text: words(i.words) })}`);
  if (c.due) lines.push(`  - ${f.t('diff.dueLine', fromTo(c.due))}`);
  if (c.budget) lines.push(`  - ${f.t('diff.budgetLine', fromTo(c.budget))}`);
  return lines.join('\n');
}

function words(ops: readonly WordOp[]): string {
  return ops.map((o) => (o.op === '=' ? o.text : o.op === '-' ? `~~${o.text}~~` : `**${o.text}**`)).join(' ');
}
