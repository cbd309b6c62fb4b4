import { NARRATIVE_SECTIONS } from '../model/narrative.js';
import { defineRule } from './rule.js';

export const nap060 = defineRule({
  code: 'NAP060',
  severity: 'warning',
  title: 'Narrative section in one language only',
  explanation:
    "The plan lists the languages of its editions (`languages`), and a narrative is read in each of them: a section written as one plain string appears untranslated in the other editions. Give the section as a text map with every listed language ({ en: ..., fr: ... }), or remove the language from the plan's list.",
  checks: {
    narrative(n, ctx) {
      const others = (ctx.plan.languages ?? []).filter((l) => l !== ctx.plan.lang);
      if (!others.length) return;
      for (const section of NARRATIVE_SECTIONS) {
        if (typeof n[section] !== 'string') continue;
        ctx.report(
          `/${section}`,
          `the ${section} is in '${ctx.plan.lang}' only, but the plan lists ${others.map((l) => `'${l}'`).join(', ')} too`,
          `write it as a text map: ${section}: { ${[ctx.plan.lang, ...others].map((l) => `${l}: ...`).join(', ')} }`,
        );
      }
    },
  },
});
