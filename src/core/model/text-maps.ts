import { NARRATIVE_SECTIONS } from './narrative.js';
import { pointerSegment } from './pointer.js';

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
export function* eachTextMap(data: unknown): Generator<{ map: Readonly<Record<string, string>>; pointer: string }> {
  // A stack, not recursion: the data of a large plan is deep enough to matter. A pointer is
  // built only for what is yielded, from the keys up to the root.
  type Item = { value: object; key: string; parent: Item | undefined; isText: boolean };
  if (data === null || typeof data !== 'object') return;
  const stack: Item[] = [{ value: data, key: '', parent: undefined, isText: false }];
  while (stack.length) {
    const item = stack.pop()!;
    const { value } = item;
    const isList = Array.isArray(value);
    if (item.isText && !isList) {
      yield { map: value as Record<string, string>, pointer: pointerOf(item) };
      continue;
    }
    const sources = isList && item.key === 'sources';
    for (const k in value) {
      const v = (value as Record<string, unknown>)[k];
      // Only mappings can be language maps or hold them.
      if (v === null || typeof v !== 'object') continue;
      stack.push({ value: v, key: k, parent: item, isText: isList ? sources : TEXT_FIELDS.has(k) });
    }
  }
}

function pointerOf(item: { key: string; parent: { key: string; parent: unknown } | undefined }): string {
  let pointer = '';
  for (let i: typeof item | undefined = item; i?.parent; i = i.parent as typeof item | undefined)
    pointer = `/${pointerSegment(i.key)}${pointer}`;
  return pointer;
}
