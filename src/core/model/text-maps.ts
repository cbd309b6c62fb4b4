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

/**
 * Every language map ({ en: ..., fr: ... }) of a plan, progress or narrative file, with its pointer.
 * `opaque` names fields whose values hold no text, which the walk does not enter: a progress
 * report's `indicators` are values (a map per sex among them), the most of a large file.
 */
export function eachTextMap(
  data: unknown,
  opaque: ReadonlySet<string> = NOTHING_OPAQUE,
): { map: Readonly<Record<string, string>>; pointer: string }[] {
  const walk = new Walk(opaque);
  if (data !== null && typeof data === 'object') walk.collection(data, Array.isArray(data), false);
  return walk.out;
}

const NOTHING_OPAQUE: ReadonlySet<string> = new Set();

/**
 * Recursion is safe: no reader returns data deeper than 64 levels (MAX_DEPTH). A pointer is
 * built only for a map found, from the keys on the way down; lists are walked by index.
 */
class Walk {
  readonly out: { map: Readonly<Record<string, string>>; pointer: string }[] = [];
  private readonly path: (string | number)[] = [];
  constructor(private readonly opaque: ReadonlySet<string>) {}

  collection(value: object, isList: boolean, inSources: boolean): void {
    if (isList) {
      const list = value as unknown[];
      for (let i = 0; i < list.length; i++) this.visit(list[i], i, inSources);
    } else {
      const map = value as Record<string, unknown>;
      for (const k in map) {
        const v = map[k];
        // Only mappings can be language maps or hold them: the field's name is looked at for those alone.
        if (v !== null && typeof v === 'object' && !this.opaque.has(k)) this.visit(v, k, TEXT_FIELDS.has(k));
      }
    }
  }

  private visit(v: unknown, key: string | number, isText: boolean): void {
    if (v === null || typeof v !== 'object') return;
    this.path.push(key);
    const isList = Array.isArray(v);
    if (isText && !isList) this.out.push({ map: v as Record<string, string>, pointer: joinPointer(this.path) });
    else this.collection(v, isList, isList && key === 'sources');
    this.path.pop();
  }
}
