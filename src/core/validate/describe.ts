/** Words for where a value sits and what it is, for messages a clerk can follow. */
import { splitPointer } from '../model/pointer.js';

// A Map, like every lookup by a key that comes from the data: segments such as 'constructor' are ids.
const itemNames = new Map([
  ['objectives', 'objective'],
  ['goals', 'goal'],
  ['actions', 'action'],
  ['actors', 'actor'],
]);

/**
 * "action 1.a" for the nearest item with an id above or at the pointer, and the
 * field path below it ("budget.amount"), e.g. { owner: 'action 1.a', field: 'budget.amount' }.
 */
export function describePointer(data: unknown, pointer: string): { owner: string; field: string } {
  const segs = splitPointer(pointer);
  let owner = '';
  let fieldStart = 0;
  let node: unknown = data;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i]!;
    const parentKey = segs[i - 1];
    node =
      node !== null && typeof node === 'object' && Object.hasOwn(node, seg)
        ? (node as Record<string, unknown>)[seg]
        : undefined;
    if (parentKey === 'actions' && segs.length > 1 && !/^\d+$/.test(seg) && i === 1) {
      owner = `the report on action ${seg}`; // progress files: actions is a map by id
      fieldStart = i + 1;
    } else if (parentKey && itemNames.has(parentKey) && /^\d+$/.test(seg)) {
      const item = itemNames.get(parentKey);
      const id =
        node !== null && typeof node === 'object' && Object.hasOwn(node, 'id')
          ? (node as { id: unknown }).id
          : undefined;
      owner = typeof id === 'string' || typeof id === 'number' ? `${item} ${id}` : `${item} #${Number(seg) + 1}`;
      fieldStart = i + 1;
    } else if (parentKey === 'indicators' && /^\d+$/.test(seg)) {
      owner = `indicator ${Number(seg) + 1}${owner ? ` of ${owner}` : ''}`;
      fieldStart = i + 1;
    }
  }
  const field = segs
    .slice(fieldStart)
    .map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`))
    .join('');
  return { owner, field };
}

/** "'budget.amount' of action 1.a", "action 1.a", "the field 'title'", "the file". */
export function describeAt(data: unknown, pointer: string): string {
  const { owner, field } = describePointer(data, pointer);
  if (owner && field) return `'${field}' of ${owner}`;
  if (owner) return owner;
  if (field) return `'${field}'`;
  return 'the file';
}

export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return value === '' ? 'empty text' : `the text ${quote(value)}`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `${value}`;
    default:
      return 'a mapping of fields';
  }
}

export function quote(s: string, max = 40): string {
  return JSON.stringify(s.length > max ? `${s.slice(0, max - 1)}…` : s);
}

const typeWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of fields',
  null: 'empty',
};

export function typeWord(type: string): string {
  return typeWords[type] ?? type;
}
