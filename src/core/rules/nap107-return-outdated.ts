import { defineRule } from './rule.js';

/** Raised while a return is collected (core/collect/). */
export const nap107 = defineRule({
  code: 'NAP107',
  severity: 'warning',
  title: 'Return made from an older edition of the matrix',
  stage: 'collect',
  explanation:
    "The plan's actions or indicators changed after this return was made, so some rows may be missing or describe another commitment; the rows that still match are collected. Check the changes listed, and send the actor a new return if a row is missing.",
});
