import { stringify } from 'yaml';
import { CHOSEN_STATUSES } from '../datacall/layout.js';
import { plainValue } from '../datacall/rows.js';
import { indicatorEntry } from '../model/progress-index.js';
import { TextPicker } from '../model/text.js';
import type { Value } from '../model/types.generated.js';
import { illustrativeLabel } from './illustrative.js';
import type { ReturnInput } from './workbook.js';

/** A `#` comment of one or more lines: plan text is shown, never read back. */
export function comment(s: string, indent: string): string {
  return s
    .split(/\r?\n/)
    .map((l) => `${indent}# ${l}`.trimEnd())
    .join('\n');
}

/** A value on one line after its key: JSON is YAML; a plain text stays plain where YAML allows. */
export function flow(v: unknown): string {
  return typeof v === 'string' && !/[\r\n]/.test(v) ? stringify(v, { lineWidth: 0 }).trimEnd() : JSON.stringify(v);
}

/** A YAML scalar as the yaml library writes it: quoted when YAML would read it otherwise. */
export function scalar(s: string): string {
  return stringify(s).trimEnd();
}

/**
 * The same pre-filled return as a commented progress file: every field of the actor's actions
 * present and empty, with the action, its indicators and last year's account in comments.
 * `nap collect` keeps only what was filled in.
 */
export function returnYaml(o: ReturnInput): string {
  const { f, plan, year } = o;
  const t = (key: string, params?: Record<string, unknown>) => f.t(key, params);
  const pick = new TextPicker(f.lang, plan.lang);
  const actor = plan.actors.find((a) => a.id === o.actor);
  const actorName = (id: string) => (actor ? pick.pick(actor.short ?? actor.name, id) : id);
  const shown = (v: Value | undefined) =>
    plainValue(v, t('datacall.yes'), t('datacall.no'), (k) => t(`datacall.col.${k}`));
  const out: string[] = [
    comment(t('datacall.yamlHeader', { year }), ''),
    comment(`${t('datacall.plan')}: ${pick.pick(plan.title, 'title')} (${plan.id})`, ''),
    comment(`${t('datacall.actor')}: ${actorName(o.actor)} (${o.actor})`, ''),
    comment(`${t('datacall.due')}: ${o.due ?? t('datacall.noDue')}`, ''),
    ...(illustrativeLabel(o) ? [comment(illustrativeLabel(o)!, '')] : []),
    comment(`status: ${CHOSEN_STATUSES.join(' | ')}`, ''),
    `# nap-return: ${o.fingerprint}`,
    'nap: 1',
    `plan: ${plan.id}`,
    `year: ${year}`,
    `reporter: ${o.actor}`,
    `submitted:            # ${t('datacall.yamlSubmitted')}`,
    'actions:',
  ];
  for (const row of o.rows) {
    const prev = o.previous.of(row.id, o.actor, row.indicators);
    out.push('', comment(`${row.id} (${row.where}): ${row.text}`, '  '));
    if (prev.status) {
      const summary = prev.summary !== undefined ? ` ${pick.pick(prev.summary, row.id)}` : '';
      out.push(comment(`${t('datacall.yamlLast')} (${year - 1}): ${prev.status}.${summary}`, '  '));
    }
    // The actor's answers already collected for the year fill the fields again, as in the workbook.
    const own = o.current?.own(row.id, o.actor);
    const given = own?.indicators ?? {};
    out.push(
      `  ${scalar(row.id)}:`,
      `    status:${own?.status ? ` ${own.status}` : ''}`,
      `    summary:${own?.summary !== undefined ? ` ${flow(pick.pick(own.summary, row.id))}` : ''}`,
    );
    if (row.indicators.length) {
      out.push('    indicators:');
      for (const [n, ind] of row.indicators.entries()) {
        const unit = `${ind.unit}${ind.bySex ? ', { women: , men: }' : ''}`;
        const last = prev.values.get(ind.key);
        const lastText = last !== undefined ? `; ${year - 1}: ${shown(last)}` : '';
        const v = indicatorEntry(given, ind.key, n);
        out.push(
          comment(`${ind.text} (${unit}${lastText})`, '      '),
          `      ${scalar(ind.key)}:${v !== undefined && v !== null ? ` ${flow(v)}` : ''}`,
        );
      }
    }
    out.push(
      own?.spent
        ? `    spent: ${flow(own.spent)}`
        : `    spent:              # { amount: 0, currency: ${row.action.budget?.currency ?? 'EUR'} }`,
      own?.sources?.length ? `    sources: ${flow(own.sources.map((x) => pick.pick(x, row.id)))}` : '    sources: []',
    );
  }
  return `${out.join('\n')}\n`;
}
