import { createHash } from 'node:crypto';
import type Handlebars from 'handlebars';
import { PRECOMPILED } from '../../generated/templates.js';

/**
 * The built-in template of this text compiled ahead (scripts/precompile-templates.mjs), when
 * there is one for these options: the text is the key, so a changed or overriding template is
 * never taken for the built-in one.
 */
export function precompiled(text: string, options: object): Parameters<typeof Handlebars.template>[0] | undefined {
  return PRECOMPILED.get(templateKey(text, options));
}

function templateKey(text: string, options: object): string {
  return createHash('sha256').update(JSON.stringify(options)).update('\0').update(text).digest('hex');
}
