import type { ActionChange, PlanDiff } from './types.js';
import type { WordOp } from './words.js';

/** For a pull-request comment: a summary table, then the changes by objective. */
export function formatDiffMarkdown(d: PlanDiff): string {
  const s = d.summary;
  const out = [`## ${esc(d.old.id)} → ${esc(d.new.id)}`, ''];
  if (d.identical) return `${out.join('\n')}The two editions are identical in content (${d.new.actions} actions).\n`;
  out.push('| added | removed | reworded | renumbered | moved | otherwise changed | unchanged | actors with changes |', '|---:|---:|---:|---:|---:|---:|---:|---:|');
  out.push(`| ${s.added} | ${s.removed} | ${s.reworded} | ${s.renumbered} | ${s.moved} | ${s.modified} | ${s.unchanged} | ${s.actorChanges} |`, '');
  if (d.plan.length) {
    out.push('### Plan', '');
    for (const f of d.plan) out.push(`- **${esc(f.field)}**: ~~${esc(f.old || '∅')}~~ → ${esc(f.new || '∅')}`);
    out.push('');
  }
  if (d.structure.length) {
    out.push('### Objectives and goals', '');
    for (const c of d.structure) {
      const id = c.oldId && c.newId && c.oldId !== c.newId ? `${c.oldId} → ${c.newId}` : (c.newId ?? c.oldId);
      out.push(`- ${c.kind} ${c.level} **${esc(id ?? '')}**${c.aspects.length ? ` (${c.aspects.join(', ')})` : ''}: ${c.words ? words(c.words) : esc(c.newTitle ?? c.oldTitle ?? '')}`);
    }
    out.push('');
  }
  let objective = '';
  for (const c of d.changes) {
    if (c.objective !== objective) {
      objective = c.objective;
      out.push(`### Objective ${esc(objective)}`, '');
    }
    out.push(action(c));
  }
  if (d.actors.length) {
    out.push('', '### Actors', '', '| actor | change | gains | loses | lead gained | lead lost |', '|---|---|---|---|---|---|');
    for (const a of d.actors) {
      const change = a.renamed ? `renamed from ${esc(a.renamed.old)}` : a.kind === 'changed' ? '' : a.kind;
      out.push(`| ${esc(a.name)} | ${change} | ${a.gained.join(', ')} | ${a.lost.join(', ')} | ${a.leadGained.join(', ')} | ${a.leadLost.join(', ')} |`);
    }
  }
  return `${out.join('\n')}\n`;
}

function action(c: ActionChange): string {
  const id = c.oldId && c.newId && c.oldId !== c.newId ? `${c.oldId} → ${c.newId}` : (c.newId ?? c.oldId ?? '');
  const text = c.words ? words(c.words) : c.kind === 'removed' ? `~~${esc(c.oldText ?? '')}~~` : esc(c.newText ?? '');
  const lines = [`- ${c.kind === 'changed' ? '' : `${c.kind} `}**${esc(id)}**${c.aspects.length ? ` (${c.aspects.join(', ')})` : ''}: ${text}`];
  if (c.aspects.includes('moved')) lines.push(`  - moved: ${c.oldPath} → ${c.newPath}`);
  if (c.actors) lines.push(`  - actors: ${[...c.actors.added.map((a) => `+${a}`), ...c.actors.removed.map((a) => `−${a}`)].join(', ')}`);
  if (c.lead) lines.push(`  - lead: ${c.lead.old ?? '∅'} → ${c.lead.new ?? '∅'}`);
  for (const i of c.indicators?.added ?? []) lines.push(`  - indicator added: ${esc(i)}`);
  for (const i of c.indicators?.removed ?? []) lines.push(`  - indicator removed: ~~${esc(i)}~~`);
  for (const i of c.indicators?.reworded ?? []) lines.push(`  - indicator reworded: ${words(i.words)}`);
  if (c.due) lines.push(`  - due: ${c.due.old ?? '∅'} → ${c.due.new ?? '∅'}`);
  if (c.budget) lines.push(`  - budget: ${c.budget.old ?? '∅'} → ${c.budget.new ?? '∅'}`);
  return lines.join('\n');
}

function words(ops: readonly WordOp[]): string {
  return ops.map((o) => (o.op === '=' ? esc(o.text) : o.op === '-' ? `~~${esc(o.text)}~~` : `**${esc(o.text)}**`)).join(' ');
}

/** Markdown and HTML special characters in plan text are shown, not interpreted. */
function esc(s: string): string {
  return s.replace(/[\\`*_{}[\]<>()#+!|~]/g, (c) => `\\${c}`);
}
