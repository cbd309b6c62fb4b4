import type { TextPicker } from '../model/text.js';
import type { Plan } from '../model/types.generated.js';
import type { Abbreviation } from './model-types.js';

/**
 * The list of abbreviations: each actor whose short name differs from its name, and the
 * plan's glossary, by term in the order of the document's language. A term given twice with
 * the same meaning is listed once.
 */
export function abbreviationsOf(plan: Plan, text: TextPicker, lang: string): Abbreviation[] {
  const list: Abbreviation[] = [];
  for (const a of plan.actors) {
    if (a.short === undefined) continue;
    const term = text.pick(a.short, `actor ${a.id}`);
    const meaning = text.pick(a.name, `actor ${a.id}`);
    if (term !== meaning) list.push({ term, meaning, source: 'actor' });
  }
  for (const [i, g] of (plan.glossary ?? []).entries())
    list.push({
      term: text.pick(g.term, `glossary term ${i + 1}`),
      meaning: text.pick(g.meaning, `glossary meaning ${i + 1}`),
      source: 'glossary',
    });
  const seen = new Set<string>();
  return list
    .filter((x) => {
      const key = `${x.term}\u0000${x.meaning}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort(
      (a, b) => a.term.localeCompare(b.term, lang, { sensitivity: 'base' }) || a.meaning.localeCompare(b.meaning, lang),
    );
}
