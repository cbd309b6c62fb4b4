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
  // A stack, not recursion: the data of a large plan is deep enough to matter.
  const stack: Array<{ value: unknown; pointer: string; isText: boolean }> = [
    { value: data, pointer: '', isText: false },
  ];
  while (stack.length) {
    const { value, pointer, isText } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (isText && !Array.isArray(value)) {
      yield { map: value as Record<string, string>, pointer };
      continue;
    }
    const sources = pointer.endsWith('/sources');
    for (const [k, v] of Object.entries(value)) {
      stack.push({
        value: v,
        pointer: `${pointer}/${pointerSegment(k)}`,
        isText: Array.isArray(value) ? sources : TEXT_FIELDS.has(k),
      });
    }
  }
}
