import type { Document, Node } from 'yaml';
import { pointerSegment } from '../model/pointer.js';
import { type Finding, findingAt } from '../rules/finding.js';
import type { StageCode } from '../rules/index.js';
import { INTEGER } from './core-schema.js';
import { eemeliYaml } from './eemeli.js';
import { type FlowProblem, flowProblem } from './flow-scan.js';
import { SourceIndex } from './source-index.js';

/** Deeper than this is never a plan, and deep recursion is how parsers get crashed. */
export const MAX_DEPTH = 64;
/** Files up to this size keep their syntax tree for positions; larger ones parse again when needed. */
export const KEEP_TREE_CHARS = 1024 * 1024;
/** Aliases may repeat an actor list; beyond this count it is an alias bomb. */
export const MAX_ALIAS_COUNT = 100;
/** Items in one list or mapping in brackets: the longest list of the format holds 100. */
export const MAX_FLOW_ITEMS = 10_000;
/** Items in brackets in one file: a plan of 10,000 actions written with short lists has about 110,000. */
export const MAX_FLOW_TOTAL = 500_000;
// Tags that cannot change a value's type behind the author's back (YAML 1.2 core).
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

export interface ParsedYaml {
  file: string;
  text: string;
  /** Plain JSON data; undefined when the YAML stage found an error. */
  data: unknown;
  findings: Finding[];
  index: SourceIndex;
  /** Numbers written otherwise than JavaScript prints them (`1.10` read as 1.1), by JSON pointer. */
  changedNumbers: ReadonlyMap<string, string>;
}

/**
 * Parses one file as YAML 1.2 core into plain JSON data, refusing what would let
 * a file mean something other than it shows: duplicate keys, non-core tags,
 * %YAML 1.1 directives, alias bombs, `__proto__` keys and extreme nesting.
 */
export function parseYaml(text: string, file: string): ParsedYaml {
  const { parseAllDocuments, isMap, isScalar, isSeq } = eemeliYaml();
  const index = new SourceIndex(text);
  const findings: Finding[] = [];
  const report = (code: StageCode<'yaml'>, offset: number, message: string, fix?: string, end?: number) =>
    findings.push(findingAt(code, file, index.span(offset, end), message, fix));
  const result = (data?: unknown, changedNumbers = new Map<string, string>()): ParsedYaml => ({
    file,
    text,
    data,
    findings,
    index,
    changedNumbers,
  });

  const flow = flowProblem(text, { depth: MAX_DEPTH, items: MAX_FLOW_ITEMS, total: MAX_FLOW_TOTAL });
  if (flow) {
    reportFlow(flow, text, report);
    return result();
  }
  let docs: ReturnType<typeof parseAllDocuments>;
  try {
    docs = parseAllDocuments(text, {
      version: '1.2',
      schema: 'core',
      uniqueKeys: false,
      prettyErrors: false,
      merge: false,
    });
  } catch (err) {
    if (err instanceof RangeError) {
      report(
        'NAP009',
        0,
        `the file is nested too deeply to read (more than ${MAX_DEPTH} levels)`,
        'flatten the structure: a plan needs about 8 levels',
      );
      return result();
    }
    throw err;
  }
  if (
    !Array.isArray(docs) ||
    docs.length === 0 ||
    (docs.length === 1 && docs[0]!.contents === null && docs[0]!.errors.length === 0)
  ) {
    report('NAP003', 0, 'the file is empty', 'write the plan into it, starting with the line `nap: 1`, or delete it');
    return result();
  }
  if (docs.length > 1) {
    report(
      'NAP011',
      docs[1]!.range?.[0] ?? 0,
      `the file holds ${docs.length} YAML documents separated by '---'; nap reads one document per file`,
      'remove the `---` line and merge the parts, or move each part into its own file',
    );
    return result();
  }
  const doc = docs[0]!;
  for (const err of doc.errors) {
    const [start, end] = err.pos;
    if (err.code === 'TAB_AS_INDENT')
      report(
        'NAP004',
        start,
        'a tab is used for indentation; YAML allows only spaces',
        'replace the tab at the start of the line with spaces',
        end,
      );
    else report('NAP004', start, `YAML syntax: ${firstLine(err.message)}`, syntaxFix(err.code), end);
  }
  checkDirectives(doc, text, report);
  if (findings.length) return result();
  if (!isMap(doc.contents)) {
    const what = isSeq(doc.contents)
      ? 'a list'
      : isScalar(doc.contents)
        ? `a single value (${JSON.stringify(String(doc.contents.value)).slice(0, 40)})`
        : 'not a mapping';
    report(
      'NAP010',
      doc.contents?.range?.[0] ?? 0,
      `the top level of the file is ${what}; a plan or progress file is a mapping of fields`,
      'start the file with fields such as `nap: 1` and `id: ...`, each at the beginning of a line',
    );
    return result();
  }
  const changedNumbers = new Map<string, string>();
  checkNodes(doc.contents, report, index, changedNumbers);
  // The tree of a large plan takes hundreds of megabytes: only small ones are kept for positions.
  if (text.length <= KEEP_TREE_CHARS) index.keep(doc.contents);
  if (findings.length) return result();
  try {
    return result(doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), changedNumbers);
  } catch (err) {
    if (err instanceof ReferenceError || err instanceof RangeError) {
      report(
        'NAP006',
        0,
        `the aliases (*name) in this file expand to too much data (the limit is ${MAX_ALIAS_COUNT} uses); this is how "billion laughs" attacks work`,
        'write the values out instead of using anchors (&name) and aliases (*name)',
      );
      return result();
    }
    throw err;
  }
}

type Report = (code: StageCode<'yaml'>, offset: number, message: string, fix?: string, end?: number) => void;

/** What the scan before parsing refused: too deep, or too many items in brackets. */
function reportFlow({ kind, offset }: FlowProblem, text: string, report: Report): void {
  if (kind === 'depth') {
    report(
      'NAP009',
      offset,
      `brackets are nested more than ${MAX_DEPTH} levels deep`,
      'flatten the structure: a plan needs about 8 levels',
    );
    return;
  }
  const fix = 'check that this is the right file: no plan needs so many items';
  if (kind === 'items')
    report(
      'NAP017',
      offset,
      `this ${text[offset] === '{' ? 'mapping in braces' : 'list in brackets'} has more than ${MAX_FLOW_ITEMS} items; nap does not read it`,
      fix,
      offset + 1,
    );
  else
    report(
      'NAP017',
      offset,
      `the lists and mappings in brackets of this file hold more than ${MAX_FLOW_TOTAL} items in all; nap does not read it`,
      fix,
      offset + 1,
    );
}

function checkDirectives(doc: Document, text: string, report: Report) {
  const yamlDirective = doc.directives?.yaml;
  if (yamlDirective?.explicit && yamlDirective.version !== '1.2') {
    report(
      'NAP008',
      text.search(/^%YAML/m),
      `the directive %YAML ${yamlDirective.version} asks for YAML ${yamlDirective.version}, where words like NO and 012 change type; nap reads YAML 1.2 only`,
      'delete the %YAML line (and the `---` after it, if nothing else needs it)',
    );
  }
  for (const handle of Object.keys(doc.directives?.tags ?? {})) {
    if (handle !== '!!' && handle !== '!') {
      report(
        'NAP008',
        Math.max(0, text.search(/^%TAG/m)),
        `the directive %TAG ${handle} defines custom tags, which nap does not accept`,
        'delete the %TAG line and write plain values',
      );
    }
  }
}

/**
 * One pass over the tree (iterative, so depth cannot overflow the stack). Also notes the
 * numbers whose text YAML changed (`1.10` is 1.1), by pointer, for the id rules.
 */
function checkNodes(root: Node, report: Report, index: SourceIndex, changedNumbers: Map<string, string>) {
  const { isAlias, isMap, isScalar, isSeq } = eemeliYaml();
  type Entry = { node: unknown; depth: number; parent?: Entry; key?: string | number };
  const stack: Entry[] = [{ node: root, depth: 1 }];
  const pointerOf = (e: Entry) => {
    const parts: string[] = [];
    for (let x: Entry | undefined = e; x?.parent; x = x.parent) parts.unshift(`/${pointerSegment(x.key!)}`);
    return parts.join('');
  };
  while (stack.length) {
    const entry = stack.pop()!;
    const { node, depth } = entry;
    if (isAlias(node) || !node) continue;
    const n = node as Node;
    if (depth > MAX_DEPTH) {
      report(
        'NAP009',
        n.range?.[0] ?? 0,
        `the data is nested more than ${MAX_DEPTH} levels deep`,
        'flatten the structure: a plan needs about 8 levels',
      );
      return;
    }
    if (n.tag && !CORE_TAGS.has(n.tag)) {
      const shown = n.tag.replace('tag:yaml.org,2002:', '!!');
      report(
        'NAP008',
        tagOffset(n),
        `the tag ${shown} would turn this value into something other than plain text, numbers, lists and mappings`,
        `remove ${shown}; quote the value if it should stay text`,
      );
    }
    if (isScalar(n) && typeof n.value === 'number' && n.range) {
      const written = index.text.slice(n.range[0], n.range[1]).trim();
      if (written !== String(n.value)) changedNumbers.set(pointerOf(entry), written);
      if (Number.isInteger(n.value) && !Number.isSafeInteger(n.value) && INTEGER.test(written)) {
        report(
          'NAP015',
          n.range[0],
          `the whole number ${written} is too large to be held exactly: it would be read as ${BigInt(n.value)}`,
          'put it in quotes if it is a code or a reference; otherwise check the figure',
          n.range[1],
        );
      }
    } else if (isMap(n)) {
      const seen = new Map<string, number>();
      for (const pair of n.items) {
        const key = pair.key as Node | null;
        const keyOffset = key?.range?.[0] ?? n.range?.[0] ?? 0;
        if (key && !isScalar(key)) {
          report(
            'NAP013',
            keyOffset,
            'this key is a list or mapping; keys must be plain text',
            'write the key as a word followed by a colon, like `title:`',
          );
          stack.push({ node: key, depth: depth + 1 });
          continue;
        }
        const name = String(isScalar(key) ? key.value : '');
        if (isScalar(key) && typeof key.value === 'number' && key.range) {
          const written = index.text.slice(key.range[0], key.range[1]).trim();
          if (written !== name) {
            // `1.10:` is the number 1.1: it would collide with or pose as another id.
            report(
              'NAP030',
              keyOffset,
              `the key ${written} is read by YAML as the number ${name}`,
              `put it in quotes: "${written}":`,
              key.range[1],
            );
            continue;
          }
        }
        if (name === '__proto__')
          report(
            'NAP007',
            keyOffset,
            "the key '__proto__' is not allowed: it can tamper with the program reading the file",
            'remove this key',
          );
        const first = seen.get(name);
        if (first !== undefined) {
          report(
            'NAP005',
            keyOffset,
            `the key '${name}' appears twice in the same mapping (first on line ${index.span(first).line}); YAML keeps only one of them`,
            `keep one '${name}' and merge the two values`,
            key?.range?.[1],
          );
        } else seen.set(name, keyOffset);
        stack.push({ node: pair.value, depth: depth + 1, parent: entry, key: name });
      }
    } else if (isSeq(n)) {
      for (const [i, item] of n.items.entries()) stack.push({ node: item, depth: depth + 1, parent: entry, key: i });
    }
  }
}

function tagOffset(n: Node): number {
  return n.range?.[0] ?? 0;
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function syntaxFix(code: string): string {
  switch (code) {
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'check the indentation: items of one list or mapping start in the same column, with spaces';
    case 'MULTILINE_IMPLICIT_KEY':
    case 'UNEXPECTED_TOKEN':
      return 'a value containing ": " or starting with a special character must be put in quotes';
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'check the indentation of the line above; a key must be followed by a colon and a space';
    case 'BAD_ALIAS':
    case 'DUPLICATE_KEY':
      return 'define the anchor (&name) before using it as an alias (*name), or write the value out';
    default:
      return 'check the YAML around this position; text with special characters belongs in quotes';
  }
}
