import { defineRule } from './rule.js';

export const nap038 = defineRule({
  code: 'NAP038',
  severity: 'error',
  title: 'Text map lacks the plan language',
  explanation:
    "A text given in several languages must include the plan's own language (`lang`), which every document falls back to. Add the text in that language, or change the plan's `lang`.",
  checks: {
    textMap(map, pointer, ctx) {
      const has = Object.keys(map);
      if (has.includes(ctx.lang)) return;
      ctx.report(
        pointer,
        `this text has no '${ctx.lang}' version, the plan's language (it has: ${has.join(', ')})`,
        `add '${ctx.lang}: ...' to the map, or change the plan's lang`,
      );
    },
  },
});
