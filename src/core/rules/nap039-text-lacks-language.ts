import { defineRule } from './rule.js';

export const nap039 = defineRule({
  code: 'NAP039',
  severity: 'warning',
  title: 'Text map lacks a listed language',
  explanation:
    'A text given in several languages should include every language listed under `languages`, or documents in that language show it untranslated. Add the translation, or remove the language from the list.',
  checks: {
    textMap(map, pointer, ctx) {
      const has = Object.keys(map);
      const missing = ctx.languages.filter((l) => l !== ctx.lang && !has.includes(l));
      if (!missing.length) return;
      ctx.report(
        pointer,
        `this text has no version in ${missing.map((l) => `'${l}'`).join(', ')}, listed in the plan's languages`,
        `add the translation${missing.length > 1 ? 's' : ''}, or remove the language from 'languages'`,
      );
    },
  },
});
