import type { ErrorObject } from 'ajv';
import type { ParsedYaml } from '../load/yaml.js';
import { joinPointer, pointerSegment, splitPointer } from '../model/pointer.js';
import { closest } from '../model/suggest.js';
import { type Finding, findingAt } from '../rules/finding.js';
import type { StageCode } from '../rules/index.js';
import { describeAt, describeValue, quote, typeWord } from './describe.js';

type Schema = { description?: string; properties?: Record<string, Schema>; anyOf?: Schema[] };

/** Schema problems listed per file: beyond this, a file is not the plan its author meant to write. */
export const MAX_LISTED = 200;

/**
 * Turns ajv's errors into one finding per real problem: branch noise of anyOf is
 * dropped, an unknown field that is a typo of a missing required one is reported once.
 */
export function translate(all: readonly ErrorObject[], parsed: ParsedYaml): Finding[] {
  const errors = all.filter((e) => !saysLess(e));
  const kept = dropBranchNoise(errors);
  // What each place lacks and which types were tried there, gathered once: a file may hold
  // 30,000 errors at one place, and looking them up per error would be quadratic.
  const places = new Map<string, Place>();
  for (const e of errors) {
    let place = places.get(e.instancePath);
    if (!place) {
      place = { missing: [], types: [] };
      places.set(e.instancePath, place);
    }
    if (e.keyword === 'required') place.missing.push(String(e.params.missingProperty));
    if (e.keyword === 'type') place.types.push(typeWords(e.params.type));
  }
  const typos = new Set<string>();
  const out: Finding[] = [];
  for (const e of kept.slice(0, MAX_LISTED)) {
    const f = one(e, parsed, places.get(e.instancePath)!, typos);
    if (f) out.push(f);
  }
  if (kept.length > MAX_LISTED) {
    const next = kept[MAX_LISTED]!;
    const at =
      next.keyword === 'additionalProperties'
        ? parsed.index.locate(`${next.instancePath}/${pointerSegment(String(next.params.additionalProperty))}`, 'key')
        : parsed.index.locate(next.instancePath);
    out.push(
      findingAt(
        'NAP014',
        parsed.file,
        at,
        `${kept.length - MAX_LISTED} more problems with the fields of this file are not listed; the first ${MAX_LISTED} are`,
        'fix the problems listed (or check that this is the right file), then run nap validate again',
        next.instancePath,
      ),
    );
  }
  return out.filter((f) => !(f.code === 'NAP021' && typos.has(f.pointer ?? '')));
}

/**
 * The `type` beside a `$ref` or an `enum` in the items of a list with unique items is there for
 * speed: with it, ajv checks uniqueness in one pass instead of comparing every pair. Its error
 * says less than the one of its sibling (the $ref's own type, with its description; the allowed values).
 */
function saysLess(e: ErrorObject): boolean {
  const parent = e.parentSchema as { $ref?: unknown; enum?: unknown } | undefined;
  return e.keyword === 'type' && parent !== undefined && (parent.$ref !== undefined || parent.enum !== undefined);
}

/** For an anyOf, the branches whose type did not match are noise; keep what the matching branch said. */
function dropBranchNoise(errors: readonly ErrorObject[]): ErrorObject[] {
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  const specific = new Set<string>();
  for (const e of errors) {
    if (!anyOfPaths.size) break;
    if (e.keyword === 'anyOf' || (e.keyword === 'type' && anyOfPaths.has(e.instancePath))) continue;
    for (let p = e.instancePath; ; p = p.slice(0, p.lastIndexOf('/'))) {
      if (anyOfPaths.has(p)) specific.add(p);
      if (p === '') break;
    }
  }
  return errors.filter((e) => {
    if (e.keyword === 'type' && anyOfPaths.has(e.instancePath)) return false;
    if (e.keyword === 'anyOf') return !specific.has(e.instancePath);
    return e.keyword !== 'propertyNames'; // its inner error says more
  });
}

interface Place {
  missing: string[];
  types: string[];
}

/** One finding for one error, knowing what else is wrong at the same place. */
function one(e: ErrorObject, parsed: ParsedYaml, place: Place, typos: Set<string>): Finding | undefined {
  const data = parsed.data;
  const here = describeAt(data, e.instancePath);
  const parent = e.parentSchema as Schema | undefined;
  const make = (
    code: StageCode<'schema'>,
    pointer: string,
    message: string,
    fix: string,
    part: 'key' | 'value' = 'value',
  ) => findingAt(code, parsed.file, parsed.index.locate(pointer, part), message, fix, pointer);
  const params = e.params as Record<string, unknown>;

  if (e.propertyName !== undefined) {
    const pointer = `${e.instancePath}/${pointerSegment(e.propertyName)}`;
    const what =
      splitPointer(e.instancePath).at(-1) === 'actions'
        ? 'an action id of the plan, as printed (1.a, 12, III)'
        : describeSchema(e.parentSchema as Schema);
    return make(
      'NAP024',
      pointer,
      `the key ${quote(e.propertyName)} in ${here} is not valid: it should be ${lower(what)}`,
      `rename the key ${quote(e.propertyName)}`,
      'key',
    );
  }
  switch (e.keyword) {
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const allowed = Object.keys(parent?.properties ?? {});
      const missing = place.missing;
      const guess = closest(name, missing) ?? closest(name, allowed);
      if (guess && missing.includes(guess)) typos.add(e.instancePath);
      const pointer = `${e.instancePath}/${pointerSegment(name)}`;
      const where = e.instancePath === '' ? '' : ` in ${here}`;
      return make(
        'NAP020',
        pointer,
        `unknown field '${name}'${where}${guess ? ` — did you mean '${guess}'?` : ''}`,
        guess
          ? `rename '${name}' to '${guess}'`
          : `remove '${name}'; the fields allowed here are: ${allowed.join(', ')}`,
        'key',
      );
    }
    case 'required': {
      const name = String(params.missingProperty);
      const about = parent?.properties?.[name]?.description;
      return findingAt(
        'NAP021',
        parsed.file,
        parsed.index.locate(e.instancePath, 'key'),
        `${e.instancePath === '' ? 'the file' : here} has no '${name}'${about ? ` (${lower(about.replace(/\.$/, ''))})` : ''}`,
        `add '${name}:' with its value`,
        e.instancePath,
      );
    }
    case 'type':
    case 'anyOf': {
      const expected = e.keyword === 'type' ? typeWords(params.type) : expectedOfAnyOf(place);
      const about = parent?.description;
      return make(
        'NAP022',
        e.instancePath,
        `${here} must be ${expected}, but it is ${describeValue(e.data)}`,
        about ? `write ${lower(about)}` : `write ${expected}`,
      );
    }
    case 'enum':
    case 'const': {
      const allowed = (e.keyword === 'enum' ? (params.allowedValues as unknown[]) : [params.allowedValue]).map(String);
      const guess = typeof e.data === 'string' ? closest(e.data, allowed) : undefined;
      return make(
        'NAP023',
        e.instancePath,
        `${here} is ${describeValue(e.data)}, which is not allowed${guess ? ` — did you mean '${guess}'?` : ''}`,
        `use one of: ${allowed.join(', ')}`,
      );
    }
    case 'pattern':
      return make(
        'NAP024',
        e.instancePath,
        `${here} is ${describeValue(e.data)}, which is not in the expected form`,
        `write ${lower(describeSchema(parent))}`,
      );
    case 'minimum':
    case 'maximum':
      return make(
        'NAP025',
        e.instancePath,
        `${here} is ${e.data}, but must be ${e.keyword === 'minimum' ? 'at least' : 'at most'} ${params.limit}`,
        parent?.description ? `write ${lower(parent.description)}` : `use a value within the limit`,
      );
    case 'minItems':
      return make(
        'NAP025',
        e.instancePath,
        `${here} is an empty list, but needs at least ${params.limit} item`,
        parent?.description ? `add items: ${lower(parent.description)}` : 'add an item',
      );
    case 'minLength':
    case 'minProperties':
      return make(
        'NAP025',
        e.instancePath,
        `${here} is empty`,
        parent?.description ? `write ${lower(parent.description)}` : 'write a value, or remove the field',
      );
    case 'maxItems':
    case 'maxProperties': {
      const [count, what] = Array.isArray(e.data)
        ? [e.data.length, 'items']
        : [Object.keys(e.data as object).length, 'entries'];
      return make(
        'NAP025',
        e.instancePath,
        `${here} has ${count} ${what}; at most ${params.limit} are allowed`,
        `keep at most ${params.limit} ${what} here, or check that this is the right file`,
      );
    }
    case 'uniqueItems': {
      const list = Array.isArray(e.data) ? e.data : [];
      const [j, i] = lastRepeat(list) ?? ordered(Number(params.j), Number(params.i));
      return make(
        'NAP026',
        joinPointer([...splitPointer(e.instancePath), i]),
        `${here} lists ${describeValue(list[i])} twice (items ${j + 1} and ${i + 1})`,
        'remove the repeated item',
      );
    }
    default:
      return make(
        'NAP022',
        e.instancePath,
        `${here} ${e.message ?? 'is not valid'}`,
        'see docs/format.md for what this field takes',
      );
  }
}

/**
 * The last item that repeats an earlier one, and the nearest earlier one it repeats, as
 * [earlier, later]: the pair whatever loop ajv chose (it picks another pair, in another order,
 * when it can index the items by value). Lists and mappings among the items are left out: such an
 * item is of the wrong type in every list of the format that must not repeat itself.
 */
function lastRepeat(list: readonly unknown[]): [number, number] | undefined {
  const seen = new Map<unknown, number>();
  let pair: [number, number] | undefined;
  for (const [k, item] of list.entries()) {
    if (item !== null && typeof item === 'object') continue;
    const earlier = seen.get(item);
    if (earlier !== undefined) pair = [earlier, k];
    seen.set(item, k);
  }
  return pair;
}

function ordered(a: number, b: number): [number, number] {
  return a < b ? [a, b] : [b, a];
}

function expectedOfAnyOf(place: Place): string {
  const unique = [...new Set(place.types)];
  return unique.length ? unique.join(' or ') : 'a different kind of value';
}

function typeWords(type: unknown): string {
  return String(type).split(',').map(typeWord).join(' or ');
}

function describeSchema(schema: Schema | undefined): string {
  return schema?.description ?? 'a value of the right form';
}

function lower(s: string): string {
  return /^[A-Z](?![A-Z0-9])/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}
