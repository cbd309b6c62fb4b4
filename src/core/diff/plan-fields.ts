import type { TextPicker } from '../model/text.js';
import type { Plan } from '../model/types.generated.js';
import type { FieldChange } from './types.js';
import { normalizeText } from './words.js';

/** Plan-level changes, every field but the id (editions differ by it by nature), actors and objectives (compared apart). */
export function planFieldChanges(a: Plan, b: Plan, at: TextPicker, bt: TextPicker): FieldChange[] {
  const out: FieldChange[] = [];
  const add = (field: string, x: string, y: string) => {
    if (normalizeText(x) !== normalizeText(y)) out.push({ field, old: x, new: y });
  };
  add('title', at.pick(a.title, 'title'), bt.pick(b.title, 'title'));
  add('issuer', at.pick(a.issuer, 'issuer'), bt.pick(b.issuer, 'issuer'));
  add('country', a.country ?? '', b.country ?? '');
  add('edition', String(a.edition ?? ''), String(b.edition ?? ''));
  add('period', `${a.period.start}-${a.period.end}`, `${b.period.start}-${b.period.end}`);
  add('lang', a.lang, b.lang);
  add('languages', (a.languages ?? []).join(', '), (b.languages ?? []).join(', '));
  add('adopted', a.adopted ?? '', b.adopted ?? '');
  add('supersedes', a.supersedes ?? '', b.supersedes ?? '');
  add('illustrative', String(a.illustrative === true), String(b.illustrative === true));
  add('resolutions', (a.resolutions ?? []).join(', '), (b.resolutions ?? []).join(', '));
  add('coordinators', (a.coordinators ?? []).join(', '), (b.coordinators ?? []).join(', '));
  for (const k of ['objective', 'goal', 'action', 'indicator', 'actor'] as const) {
    add(
      `labels.${k}`,
      a.labels?.[k] ? at.pick(a.labels[k], 'label') : '',
      b.labels?.[k] ? bt.pick(b.labels[k], 'label') : '',
    );
  }
  const glossary = (p: Plan, t: TextPicker) =>
    (p.glossary ?? []).map((g) => `${t.pick(g.term, 'glossary')}: ${t.pick(g.meaning, 'glossary')}`).join('; ');
  add('glossary', glossary(a, at), glossary(b, bt));
  return out;
}
