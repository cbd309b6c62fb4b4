import type { FileReporter } from './reporter.js';
import { pointerSegment } from '../load/pointer.js';

// Fields whose value is text (a string or a language map) in plan and progress files.
const TEXT_FIELDS = new Set(['title', 'issuer', 'name', 'short', 'text', 'description', 'notes', 'summary', 'objective', 'goal', 'action', 'indicator', 'actor']);

/**
 * Language maps must hold the plan's language (an error: plain output needs it)
 * and should hold every language the plan lists (a warning).
 */
export function checkTextMaps(data: unknown, lang: string, languages: readonly string[], r: FileReporter): void {
  const stack: Array<{ value: unknown; pointer: string; isText: boolean }> = [{ value: data, pointer: '', isText: false }];
  while (stack.length) {
    const { value, pointer, isText } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (isText && !Array.isArray(value)) {
      checkMap(value as Record<string, string>, pointer, lang, languages, r);
      continue;
    }
    const sources = pointer.endsWith('/sources');
    for (const [k, v] of Object.entries(value)) {
      stack.push({ value: v, pointer: `${pointer}/${pointerSegment(k)}`, isText: Array.isArray(value) ? sources : TEXT_FIELDS.has(k) });
    }
  }
}

function checkMap(map: Record<string, string>, pointer: string, lang: string, languages: readonly string[], r: FileReporter) {
  const has = Object.keys(map);
  if (!has.includes(lang)) {
    r.add('NAP038', pointer, `this text has no '${lang}' version, the plan's language (it has: ${has.join(', ')})`,
      `add '${lang}: ...' to the map, or change the plan's lang`);
  }
  const missing = languages.filter((l) => l !== lang && !has.includes(l));
  if (missing.length) {
    r.add('NAP039', pointer, `this text has no version in ${missing.map((l) => `'${l}'`).join(', ')}, listed in the plan's languages`,
      `add the translation${missing.length > 1 ? 's' : ''}, or remove the language from 'languages'`);
  }
}
