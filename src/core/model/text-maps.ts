import { NARRATIVE_SECTIONS } from './narrative.js';
import { joinPointer } from './pointer.js';

// Fields whose value is text (a string or a language map) in plan and progress files.
export const TEXT_FIELDS: ReadonlySet<string> = new Set([
  'title',
  'issuer',
  'name',
  'short',
  'text',
  'description',
  'notes',
  'summary',
  'objective',
  'goal',
  'action',
  'indicator',
  'actor',
  'term',
  'meaning',
  // The sections of a narrative.
  ...NARRATIVE_SECTIONS,
  // An assessment's method and comments, and the levels of a plan's scales.
  'method',
  'comment',
  'label',
]);

/** Every language map ({ en: ..., fr: ... }) of a plan, progress or narrative file, with its pointer. */
export function eachTextMap(data: unknown): { map: Readonly<Record<string, string>>; pointer: string }[] {
  const out: { map: Readonly<Record<string, string>>; pointer: string }[] = [];
  if (data !== null && typeof data === 'object') walk(data, Array.isArray(data), false, [], out);
  return out;
}

/**
 * Recursion is safe: no reader returns data deeper than 64 levels (MAX_DEPTH). A pointer is
 * built only for a map found, from the keys on the way down; lists are walked by index.
 */
function walk(
  value: object,
  isList: boolean,
  inSources: boolean,
  path: (string | number)[],
  out: { map: Readonly<Record<string, string>>; pointer: string }[],
): void {
  if (isList) {
    const list = value as unknown[];
    for (let i = 0; i < list.length; i++) visit(list[i], i, inSources, path, out);
  } else {
    const map = value as Record<string, unknown>;
    for (const k in map) visit(map[k], k, TEXT_FIELDS.has(k), path, out);
  }
}

function visit(
  v: unknown,
  key: string | number,
  isText: boolean,
  path: (string | number)[],
  out: { map: Readonly<Record<string, string>>; pointer: string }[],
): void {
  // Only mappings can be language maps or hold them.
  if (v === null || typeof v !== 'object') return;
  path.push(key);
  const isList = Array.isArray(v);
  if (isText && !isList) out.push({ map: v as Record<string, string>, pointer: joinPointer(path) });
  else walk(v, isList, isList && key === 'sources', path, out);
  path.pop();
}
