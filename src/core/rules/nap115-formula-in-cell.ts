import { defineRule } from './rule.js';

/** Raised while a return is collected (core/collect/). */
export const nap115 = defineRule({
  code: 'NAP115',
  severity: 'warning',
  title: 'Formula in a cell',
  stage: 'collect',
  explanation:
    "A return holds values; a formula's last computed value is used, but nap does not compute formulas, so a value that depends on other cells may be outdated. Replace the formula by its value (copy, paste special, values only).",
});
