import type { Formatter } from '../model/format.js';
import { DIFF_CODES, mapStrings } from '../text/map-strings.js';
import type { Paint } from '../text/paint.js';
import { escapeProse } from '../text/terminal.js';
import type { ActionChange, PlanDiff } from './types.js';
import type { WordOp } from './words.js';

/**
 * For the terminal: a summary first, then the changes grouped by objective. Marks work without colour too.
 * Every text of the plans is escaped first (controls, invisible characters; line breaks as spaces), then painted.
 */
export function formatDiffText(diff: PlanDiff, paint: Paint, f: Formatter): string {
  const d = mapStrings(diff, escapeProse, DIFF_CODES);
  const out: string[] = [];
  out.push(paint.bold(`${d.old.id} (${d.old.period}) → ${d.new.id} (${d.new.period})`));
  if (d.identical) return `${out[0]}\n${f.t('diff.identicalCount', { count: d.new.actions })}\n`;
  out.push(f.t('diff.actionsLine', { ...d.summary }), f.t('diff.structureLine', { ...d.summary }));
  if (d.plan.length) {
    out.push('', paint.bold(f.t('diff.plan')));
    for (const c of d.plan)
      out.push(`  ${c.field}: ${paint.red(`[-${c.old || '∅'}-]`)} ${paint.green(`{+${c.new || '∅'}+}`)}`);
  }
  if (d.structure.length) {
    out.push('', paint.bold(f.t('diff.structure')));
    for (const c of d.structure) {
      const id =
        c.oldId && c.newId && c.oldId !== c.newId
          ? `${c.oldId} → ${c.newId}`
          : c.kind === 'removed'
            ? c.oldId
            : c.newId;
      const title = c.words ? words(c.words, paint) : (c.newTitle ?? c.oldTitle ?? '');
      out.push(`  ${sign(c.kind, paint)} ${f.t(`diff.level.${c.level}`)} ${id}${aspects(c.aspects, f)}: ${title}`);
    }
  }
  let objective = '';
  for (const c of d.changes) {
    if (c.objective !== objective) {
      objective = c.objective;
      out.push('', paint.bold(`${f.t('labels.objective')} ${objective}`));
    }
    out.push(...actionLines(c, paint, f));
  }
  if (d.actors.length) {
    out.push('', paint.bold(f.t('diff.actorsHeading')));
    for (const a of d.actors) {
      const list = (ids: string[]) => ids.join(', ');
      const parts = [
        a.kind !== 'changed' ? f.t(`diff.${a.kind}`) : '',
        a.renamed
          ? f.t('diff.renamedLine', {
              change: `${paint.red(`[-${a.renamed.old}-]`)} ${paint.green(`{+${a.renamed.new}+}`)}`,
            })
          : '',
        a.gained.length ? f.t('diff.gains', { list: list(a.gained) }) : '',
        a.lost.length ? f.t('diff.loses', { list: list(a.lost) }) : '',
        a.leadGained.length ? f.t('diff.takesLead', { list: list(a.leadGained) }) : '',
        a.leadLost.length ? f.t('diff.givesUpLead', { list: list(a.leadLost) }) : '',
      ].filter(Boolean);
      out.push(`  ${a.name} (${a.id}): ${parts.join('; ')}`);
    }
  }
  return `${out.join('\n')}\n`;
}

function actionLines(c: ActionChange, paint: Paint, f: Formatter): string[] {
  const id =
    c.kind === 'removed' ? c.oldId : c.oldId && c.newId && c.oldId !== c.newId ? `${c.oldId} → ${c.newId}` : c.newId;
  const how =
    c.match && c.match.by === 'text' ? ` [${f.t('diff.matchedByText', { share: f.share(c.match.similarity) })}]` : '';
  const lines = [`  ${sign(c.kind, paint)} ${id}${aspects(c.aspects, f)}${paint.dim(how)}`];
  const text = c.words
    ? words(c.words, paint)
    : c.kind === 'removed'
      ? paint.red(c.oldText ?? '')
      : c.kind === 'added'
        ? paint.green(c.newText ?? '')
        : (c.newText ?? '');
  lines.push(`      ${text}`);
  const fromTo = (x: { old: string | null; new: string | null }) => ({ from: x.old ?? '∅', to: x.new ?? '∅' });
  if (c.aspects.includes('moved')) lines.push(`      ${f.t('diff.movedLine', { from: c.oldPath, to: c.newPath })}`);
  if (c.actors)
    lines.push(
      `      ${f.t('diff.actorsLine', { list: [...c.actors.added.map((a) => paint.green(`+${a}`)), ...c.actors.removed.map((a) => paint.red(`-${a}`))].join(' ') })}`,
    );
  if (c.lead) lines.push(`      ${f.t('diff.leadLine', fromTo(c.lead))}`);
  if (c.indicators) {
    for (const i of c.indicators.added)
      lines.push(`      ${f.t('diff.indicatorLine', { text: paint.green(`{+${i}+}`) })}`);
    for (const i of c.indicators.removed)
      lines.push(`      ${f.t('diff.indicatorLine', { text: paint.red(`[-${i}-]`) })}`);
    for (const i of c.indicators.reworded)
      lines.push(`      ${f.t('diff.indicatorLine', { text: words(i.words, paint) })}`);
  }
  if (c.due) lines.push(`      ${f.t('diff.dueLine', fromTo(c.due))}`);
  if (c.budget) lines.push(`      ${f.t('diff.budgetLine', fromTo(c.budget))}`);
  return lines;
}

/** " (reworded, moved)" in the output's language, or nothing. */
export function aspects(list: readonly string[], f: Formatter): string {
  return list.length ? ` (${list.map((a) => f.t(`diff.aspect.${a}`)).join(', ')})` : '';
}

function sign(kind: string, paint: Paint): string {
  return kind === 'added' ? paint.green('+') : kind === 'removed' ? paint.red('-') : paint.yellow('~');
}

/** Word diff as [-deleted-] {+inserted+} (git's word-diff marks), coloured on a terminal. */
export function words(ops: readonly WordOp[], paint: Paint): string {
  return ops
    .map((o) => (o.op === '=' ? o.text : o.op === '-' ? paint.red(`[-${o.text}-]`) : paint.green(`{+${o.text}+}`)))
    .join(' ');
}
