import { stringify } from 'yaml';
import { CHOSEN_STATUSES } from '../datacall/layout.js';
import { plainValue } from '../datacall/rows.js';
import { TextPicker } from '../model/text.js';
import type { ReturnInput } from './workbook.js';

/** A `#` comment of one or more lines: plan text is shown, never read back. */
export function comment(s: string, indent: string): string {
  return s
    .split(/\r?\n/)
    .map((l) => `${indent}# ${l}`.trimEnd())
    .join('\n');
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
  const out: string[] = [
    comment(t('datacall.yamlHeader', { year }), ''),
    comment(`${t('datacall.plan')}: ${pick.pick(plan.title, 'title')} (${plan.id})`, ''),
    comment(`${t('datacall.actor')}: ${o.actor}`, ''),
    comment(`${t('datacall.due')}: ${o.due ?? t('datacall.noDue')}`, ''),
    ...(plan.illustrative ? [comment(t('datacall.illustrative'), '')] : []),
    comment(`status: ${CHOSEN_STATUSES.join(' | ')}`, ''),
    `# nap-return: ${o.fingerprint}`,
    'nap: 1',
    `plan: ${plan.id}`,
    `year: ${year}`,
    `reporter: ${o.actor}`,
    'submitted:            # YYYY-MM-DD, the day you send this file',
    'actions:',
  ];
  for (const row of o.rows) {
    const prev = o.previous.of(row.id, o.actor, row.indicators);
    out.push('', comment(`${row.id} (${row.where}): ${row.text}`, '  '));
    if (prev.status) {
      const summary = prev.summary !== undefined ? ` ${pick.pick(prev.summary, row.id)}` : '';
      out.push(comment(`${t('datacall.yamlLast')} (${year - 1}): ${prev.status}.${summary}`, '  '));
    }
    out.push(`  ${scalar(row.id)}:`, '    status:', '    summary:');
    if (row.indicators.length) {
      out.push('    indicators:');
      for (const ind of row.indicators) {
        const unit = `${ind.unit}${ind.bySex ? ', { women: , men: }' : ''}`;
        const last = prev.values.get(ind.key);
        const lastText = last !== undefined ? `; ${year - 1}: ${plainValue(last, 'true', 'false')}` : '';
        out.push(comment(`${ind.text} (${unit}${lastText})`, '      '), `      ${scalar(ind.key)}:`);
      }
    }
    out.push(
      `    spent:              # { amount: 0, currency: ${row.action.budget?.currency ?? 'EUR'} }`,
      '    sources: []',
    );
  }
  return `${out.join('\n')}\n`;
}
