import type { Plan, Text } from './types.generated.js';

/**
 * Picks the text of a language from a plain string or a language map, falling back
 * to the plan language. Records what had no translation, so the report can say so.
 */
export class TextPicker {
  readonly untranslated = new Set<string>();

  constructor(
    readonly lang: string,
    readonly planLang: string,
  ) {}

  pick(text: Text | undefined, what: string): string {
    if (text === undefined) return '';
    if (typeof text === 'string') {
      if (this.lang !== this.planLang) this.untranslated.add(what);
      return text;
    }
    const own = (lang: string) => (Object.hasOwn(text, lang) ? text[lang] : undefined);
    const exact = own(this.lang);
    if (exact !== undefined) return exact;
    if (this.lang !== this.planLang) this.untranslated.add(what);
    return own(this.planLang) ?? Object.values(text)[0] ?? '';
  }
}

/** An actor's short name (its name when it has none) in the picker's language; the id for an actor the plan lacks. */
export function actorNamer(plan: Plan, pick: TextPicker): (id: string) => string {
  return (id) => {
    const a = plan.actors.find((x) => x.id === id);
    return a ? pick.pick(a.short ?? a.name, id) : id;
  };
}

/** The languages a plan provides: its own first, then those it lists. */
export function planLanguages(plan: Pick<Plan, 'lang' | 'languages'>): string[] {
  return [...new Set([plan.lang, ...(plan.languages ?? [])])];
}
