import type { Formatter } from '../model/format.js';
import { DIFF_CODES, mapStrings } from '../text/map-strings.js';
import type { Paint } from '../text/paint.js';
import { escapeProse } from '../text/terminal.js';
import { Readable } from './readable.js';
import type { ActionChange, PlanDiff } from './types.js';
import type { WordOp } from './words.js';

/**
 * For the terminal: the plans and a summary first, then what a reader looks for first (commitments
 * dropped, added, responsibilities moved), then every change grouped by objective. Marks work without
 * colour too. Every text of the plans is escaped first (controls, invisible characters; line breaks as
 * spaces), then painted.
 */
export function formatDiffText(diff: PlanDiff, paint: Paint, f: Formatter): string {
  const d = mapStrings(diff, escapeProse, DIFF_CODES);
  const r = new Readable(d, f);
  const out: string[] = [];
  const change = (o: string, n: string) => `${paint.red(`[-${o}-]`)} ${paint.green(`{+${n}+}`)}`;
  out.push(paint.bold(`${r.plan(d.old)} → ${r.plan(d.new)}`));
  for (const p of [d.old, d.new]) if (p.illustrative) out.push(r.labelled(p.id, f.t('common.illustrativePlan')));
  if (d.identical) return `${out.join('\n')}\n${f.t('diff.identicalCount', { count: d.new.actions })}\n`;
  const lines = r.summaryLines();
  out.push(lines.actions, lines.aspects, lines.structure);

  out.push('', paint.bold(f.t('editions.keyChanges')));
  const removed = d.changes.filter((c) => c.kind === 'removed');
  const added = d.changes.filter((c) => c.kind === 'added');
  const handovers = r.handovers();
  out.push(`  ${f.t('editions.dropped', { count: removed.length })}`);
  for (const c of removed)
    out.push(`    ${paint.red('-')} ${c.oldId} ${c.oldText} (${r.actors(c.action?.actors ?? [])})`);
  out.push(`  ${f.t('editions.addedHeading', { count: added.length })}`);
  for (const c of added)
    out.push(`    ${paint.green('+')} ${c.newId} ${c.newText} (${r.actors(c.action?.actors ?? [])})`);
  out.push(`  ${f.t('editions.handedOver', { count: handovers.length })}`);
  for (const h of handovers) {
    const parts = [r.handover(h.from, h.to), h.lead ? f.t('editions.leadFromTo', h.lead) : ''].filter(Boolean);
    out.push(`    ${r.labelled(h.id, r.parts(parts))}`);
  }

  const fu = r.followUp();
  if (fu) {
    out.push('', paint.bold(fu.heading));
    if (fu.illustrative) out.push(`  ${f.t('common.illustrative')}`);
    out.push(`  ${fu.statusLine}`, `  ${fu.dropped.heading}`);
    for (const a of fu.dropped.items) out.push(`    ${paint.red('-')} ${a.id} [${a.status}] ${a.text}`);
    out.push(`  ${fu.carried.heading}`);
    for (const g of fu.carried.byStatus)
      out.push(`    ${f.t('editions.fieldLine', { label: g.status, change: g.ids })}`);
    out.push(`  ${fu.repeated.heading}`);
    for (const a of fu.repeated.items) out.push(`    = ${a.id} [${a.status}] ${a.text}`);
    out.push(
      `  ${fu.concluded.ids ? f.t('editions.fieldLine', { label: fu.concluded.heading, change: fu.concluded.ids }) : fu.concluded.heading}`,
    );
  }
  if (d.plan.length) {
    out.push('', paint.bold(f.t('diff.planFields')));
    for (const c of d.plan) {
      const x = r.field(c);
      out.push(`  ${f.t('editions.fieldLine', { label: x.label, change: change(x.old, x.new) })}`);
    }
  }
  if (d.structure.length) {
    out.push('', paint.bold(f.t('diff.structure')));
    for (const c of d.structure) {
      const title = c.words ? words(c.words, paint) : (c.newTitle ?? c.oldTitle ?? '');
      out.push(
        `  ${sign(c.kind, paint)} ${r.labelled(`${f.t(`diff.level.${c.level}`)} ${r.id(c)}${aspects(c.aspects, f)}`, title)}`,
      );
    }
  }
  let objective = '';
  for (const c of d.changes) {
    if (c.objective !== objective) {
      objective = c.objective;
      out.push('', paint.bold(r.objective(c.newPlace ?? c.oldPlace, objective)));
    }
    out.push(...actionLines(c, paint, r));
  }
  if (d.actors.length) {
    out.push('', paint.bold(f.t('diff.actorsHeading')));
    for (const a of d.actors) {
      const list = (ids: string[]) => ids.join(', ');
      const parts = [
        a.kind !== 'changed' ? f.t(`diff.${a.kind}`) : '',
        a.renamed ? f.t('diff.renamedLine', { change: change(a.renamed.old, a.renamed.new) }) : '',
        a.gained.length ? f.t('diff.gains', { list: list(a.gained) }) : '',
        a.lost.length ? f.t('diff.loses', { list: list(a.lost) }) : '',
        a.leadGained.length ? f.t('diff.takesLead', { list: list(a.leadGained) }) : '',
        a.leadLost.length ? f.t('diff.givesUpLead', { list: list(a.leadLost) }) : '',
      ].filter(Boolean);
      out.push(`  ${r.labelled(a.name, r.parts(parts))}`);
    }
  }
  return `${out.join('\n')}\n`;
}

function actionLines(c: ActionChange, paint: Paint, r: Readable): string[] {
  const f = r.f;
  const how =
    c.match && c.match.by === 'text' ? ` [${f.t('diff.matchedByText', { share: f.share(c.match.similarity) })}]` : '';
  const lines = [`  ${sign(c.kind, paint)} ${r.id(c)} (${mainText(c, f)})${paint.dim(how)}`];
  const text = c.words
    ? words(c.words, paint)
    : c.kind === 'removed'
      ? paint.red(c.oldText ?? '')
      : c.kind === 'added'
        ? paint.green(c.newText ?? '')
        : (c.newText ?? '');
  lines.push(`      ${text}`);
  for (const l of detailLines(c, r, {
    ins: (s) => paint.green(`{+${s}+}`),
    del: (s) => paint.red(`[-${s}-]`),
    words: (ops) => words(ops, paint),
  }))
    lines.push(`      ${l}`);
  return lines;
}

export interface Marks {
  ins(s: string): string;
  del(s: string): string;
  words(ops: readonly WordOp[]): string;
}

/** The lines under an action: where it moved, who is responsible, indicators, due date, budget; in full for an added or dropped one. */
export function detailLines(c: ActionChange, r: Readable, m: Marks): string[] {
  const f = r.f;
  const lines: string[] = [];
  if (c.action) {
    const a = c.action;
    const who = a.actors.map((id) => (id === a.lead ? f.t('editions.asLead', { name: r.actor(id) }) : r.actor(id)));
    lines.push(f.t('editions.responsible', { list: who.join(', ') }));
    for (const i of a.indicators) lines.push(f.t('editions.indicator', { text: i }));
    if (a.due) lines.push(f.t('editions.due', { date: r.due(a.due) }));
    if (a.budget) lines.push(f.t('editions.budget', { amount: r.money(a.budget) }));
    return lines;
  }
  const fromTo = (from: string, to: string) => ({ from, to });
  if (c.aspects.includes('moved')) lines.push(r.moved(c));
  if (c.actors)
    lines.push(
      f.t('editions.responsible', {
        list: [...c.actors.added.map((a) => m.ins(r.actor(a))), ...c.actors.removed.map((a) => m.del(r.actor(a)))].join(
          ' ',
        ),
      }),
    );
  if (c.lead)
    lines.push(
      f.t(
        'editions.leadLine',
        fromTo(c.lead.old ? r.actor(c.lead.old) : r.none(), c.lead.new ? r.actor(c.lead.new) : r.none()),
      ),
    );
  for (const i of c.indicators?.added ?? []) lines.push(f.t('diff.indicatorAdded', { text: m.ins(i) }));
  for (const i of c.indicators?.removed ?? []) lines.push(f.t('diff.indicatorRemoved', { text: m.del(i) }));
  for (const i of c.indicators?.reworded ?? []) lines.push(f.t('diff.indicatorReworded', { text: m.words(i.words) }));
  if (c.due) lines.push(f.t('editions.dueLine', fromTo(r.due(c.due.old), r.due(c.due.new))));
  if (c.budget) lines.push(f.t('editions.budgetLine', fromTo(r.money(c.budget.old), r.money(c.budget.new))));
  return lines;
}

/** "moved; also renumbered, reworded": the change an action is counted under, then its other changes. */
export function mainText(c: ActionChange, f: Formatter): string {
  const list = (as: readonly string[]) => as.map((a) => f.t(`diff.aspect.${a}`)).join(', ');
  if (c.main === 'modified') return list(c.aspects);
  const others = c.aspects.filter((a) => a !== c.main);
  const main = f.t(`editions.main.${c.main}`);
  return others.length ? f.t('editions.mainWithOthers', { main, list: list(others) }) : main;
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
