import { stringify } from 'yaml';
import { indicatorEntry } from '../model/progress-index.js';
import { TextPicker } from '../model/text.js';
import type { AssessmentReturnInput } from './assessment-workbook.js';
import { illustrativeLabel } from './illustrative.js';
import { comment, flow, scalar } from './yaml-return.js';

/**
 * An assessor's return as a commented assessment file: every action with an empty rating,
 * comment and evidence, the action and the government's account in comments, the scale's
 * levels at the top; an assessment of the year already collected is given again. `nap collect`
 * keeps only the actions assessed.
 */
export function assessmentYaml(o: AssessmentReturnInput): string {
  const { f, plan, year } = o;
  const t = (key: string, params?: Record<string, unknown>) => f.t(key, params);
  const pick = new TextPicker(f.lang, plan.lang);
  const gov = t('assessorReturn.yamlGovernment');
  const d = o.assessor.declared;
  const out: string[] = [
    comment(t('assessorReturn.yamlHeader', { year }), ''),
    comment(`${t('datacall.plan')}: ${pick.pick(plan.title, 'title')} (${plan.id})`, ''),
    comment(`${t('assessorReturn.assessor')}: ${o.assessor.name}`, ''),
    comment(`${t('datacall.due')}: ${o.due ?? t('datacall.noDue')}`, ''),
    ...(illustrativeLabel(o) ? [comment(illustrativeLabel(o)!, '')] : []),
    comment(`rating (${t('assessorReturn.yamlRatings')}): ${o.scale.levels.map((l) => l.id).join(' | ')}`, ''),
    `# nap-return: ${o.fingerprint}`,
    'nap: 1',
    `plan: ${plan.id}`,
    `year: ${year}`,
    d
      ? stringify({
          assessor: { id: o.assessor.id, name: d.name, ...(d.short ? { short: d.short } : {}), type: d.type },
        }).trimEnd()
      : `assessor: ${o.assessor.id}`,
    ...(o.scale.builtIn ? [] : [`scale: ${o.scale.id}`]),
    `submitted:            # ${t('datacall.yamlSubmitted')}`,
    o.current?.method !== undefined
      ? `method: ${flow(pick.pick(o.current.method, 'method'))}`
      : `method:               # ${t('assessorReturn.prompt.method')}`,
    'actions:',
  ];
  for (const row of o.rows) {
    const account = o.government.of(row);
    out.push('', comment(`${row.id} (${row.where}): ${row.text}`, '  '));
    out.push(comment(`${gov} ${year}: ${account.status}.${account.summary ? ` ${account.summary}` : ''}`, '  '));
    // An assessment of the year already collected is given again, to correct.
    const given = o.current && Object.hasOwn(o.current.actions, row.id) ? o.current.actions[row.id] : undefined;
    const remarks = given?.indicators ?? {};
    out.push(
      `  ${scalar(row.id)}:`,
      `    rating:${given ? ` ${given.rating}` : ''}`,
      `    comment:${given ? ` ${flow(pick.pick(given.comment, row.id))}` : ''}`,
      `    evidence: ${stringify(given?.evidence ?? [], { collectionStyle: 'flow' }).trimEnd()}`,
    );
    if (row.indicators.length) {
      out.push('    indicators:');
      for (const [n, ind] of row.indicators.entries()) {
        const value = account.values.get(ind.key);
        const remark = indicatorEntry(remarks, ind.key, n);
        out.push(
          comment(`${ind.text}${value !== undefined ? ` (${gov} ${year}: ${value})` : ''}`, '      '),
          `      ${scalar(ind.key)}:${remark !== undefined ? ` ${flow(pick.pick(remark, ind.key))}` : ''}`,
        );
      }
    }
  }
  return `${out.join('\n')}\n`;
}
