import type { Paint } from '../text/paint.js';
import type { ActionChange, PlanDiff } from './types.js';
import type { WordOp } from './words.js';

/** For the terminal: a summary first, then the changes grouped by objective. Marks work without colour too. */
export function formatDiffText(d: PlanDiff, paint: Paint): string {
  const out: string[] = [];
  out.push(paint.bold(`${d.old.id} (${d.old.period}) → ${d.new.id} (${d.new.period})`));
  if (d.identical) return `${out[0]}\nThe two editions are identical in content (${d.new.actions} actions).\n`;
  const s = d.summary;
  out.push(`actions: ${s.added} added, ${s.removed} removed, ${s.reworded} reworded, ${s.renumbered} renumbered, ${s.moved} moved, ${s.modified} otherwise changed, ${s.unchanged} unchanged`);
  out.push(`objectives: ${s.objectivesAdded} added, ${s.objectivesRemoved} removed; goals: ${s.goalsAdded} added, ${s.goalsRemoved} removed; actors with changes: ${s.actorChanges}`);
  if (d.plan.length) {
    out.push('', paint.bold('Plan'));
    for (const f of d.plan) out.push(`  ${f.field}: ${paint.red(`[-${f.old || '∅'}-]`)} ${paint.green(`{+${f.new || '∅'}+}`)}`);
  }
  if (d.structure.length) {
    out.push('', paint.bold('Objectives and goals'));
    for (const c of d.structure) {
      const id = c.kind === 'removed' ? c.oldId : c.newId;
      const head = `  ${sign(c.kind, paint)} ${c.level} ${c.oldId && c.newId && c.oldId !== c.newId ? `${c.oldId} → ${c.newId}` : id}`;
      const title = c.words ? words(c.words, paint) : (c.newTitle ?? c.oldTitle ?? '');
      out.push(`${head}${c.aspects.length ? ` (${c.aspects.join(', ')})` : ''}: ${title}`);
    }
  }
  let objective = '';
  for (const c of d.changes) {
    if (c.objective !== objective) {
      objective = c.objective;
      out.push('', paint.bold(`Objective ${objective}`));
    }
    out.push(...actionLines(c, paint));
  }
  if (d.actors.length) {
    out.push('', paint.bold('Actors'));
    for (const a of d.actors) {
      const parts = [
        a.kind !== 'changed' ? a.kind : '',
        a.renamed ? `renamed ${paint.red(`[-${a.renamed.old}-]`)} ${paint.green(`{+${a.renamed.new}+}`)}` : '',
        a.gained.length ? `gains ${a.gained.join(', ')}` : '',
        a.lost.length ? `loses ${a.lost.join(', ')}` : '',
        a.leadGained.length ? `takes the lead of ${a.leadGained.join(', ')}` : '',
        a.leadLost.length ? `gives up the lead of ${a.leadLost.join(', ')}` : '',
      ].filter(Boolean);
      out.push(`  ${a.name} (${a.id}): ${parts.join('; ')}`);
    }
  }
  return `${out.join('\n')}\n`;
}

function actionLines(c: ActionChange, paint: Paint): string[] {
  const id = c.kind === 'removed' ? c.oldId : c.oldId && c.newId && c.oldId !== c.newId ? `${c.oldId} → ${c.newId}` : c.newId;
  const how = c.match && c.match.by === 'text' ? ` [matched by text, ${Math.round(c.match.similarity * 100)}% alike]` : '';
  const lines = [`  ${sign(c.kind, paint)} ${id}${c.aspects.length ? ` (${c.aspects.join(', ')})` : ''}${paint.dim(how)}`];
  const text = c.words ? words(c.words, paint) : c.kind === 'removed' ? paint.red(c.oldText ?? '') : c.kind === 'added' ? paint.green(c.newText ?? '') : (c.newText ?? '');
  lines.push(`      ${text}`);
  if (c.aspects.includes('moved')) lines.push(`      moved: ${c.oldPath} → ${c.newPath}`);
  if (c.actors) lines.push(`      actors: ${[...c.actors.added.map((a) => paint.green(`+${a}`)), ...c.actors.removed.map((a) => paint.red(`-${a}`))].join(' ')}`);
  if (c.lead) lines.push(`      lead: ${c.lead.old ?? '∅'} → ${c.lead.new ?? '∅'}`);
  if (c.indicators) {
    for (const i of c.indicators.added) lines.push(`      indicator ${paint.green(`{+${i}+}`)}`);
    for (const i of c.indicators.removed) lines.push(`      indicator ${paint.red(`[-${i}-]`)}`);
    for (const i of c.indicators.reworded) lines.push(`      indicator ${words(i.words, paint)}`);
  }
  if (c.due) lines.push(`      due: ${c.due.old ?? '∅'} → ${c.due.new ?? '∅'}`);
  if (c.budget) lines.push(`      budget: ${c.budget.old ?? '∅'} → ${c.budget.new ?? '∅'}`);
  return lines;
}

function sign(kind: string, paint: Paint): string {
  return kind === 'added' ? paint.green('+') : kind === 'removed' ? paint.red('-') : paint.yellow('~');
}

/** Word diff as [-deleted-] {+inserted+} (git's word-diff marks), coloured on a terminal. */
export function words(ops: readonly WordOp[], paint: Paint): string {
  return ops.map((o) => (o.op === '=' ? o.text : o.op === '-' ? paint.red(`[-${o.text}-]`) : paint.green(`{+${o.text}+}`))).join(' ');
}
