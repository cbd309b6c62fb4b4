import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument, stringify } from 'yaml';
import { resolvePlain } from '../../src/core/load/core-schema.js';
import { type Entry, rangesFromEvents } from '../../src/core/load/event-ranges.js';
import { type FastYaml, parseFast } from '../../src/core/load/fast-yaml.js';
import { parseLines } from '../../src/core/load/line-yaml.js';
import { rangesFromTree } from '../../src/core/load/source-index.js';
import { MAX_DEPTH, MAX_FLOW_ITEMS, MAX_FLOW_TOTAL, parseYaml } from '../../src/core/load/yaml.js';
import { PLAN, PROGRESS } from '../helpers.js';

// The fast readers (the line reader, then phase 1 on js-yaml's events) must never read a file
// otherwise than the positional parser (phase 2): for every input one accepts, phase 2 finds
// nothing wrong and builds the same data (key order, -0 and NaN included) and the same changed
// numbers, and its nodes stand where phase 2 puts them (positions of later findings come from
// js-yaml's events). What they give up on goes to the next reader anyway.

type Reader = (text: string, maxDepth: number) => FastYaml | undefined;
const READERS: ReadonlyArray<[string, Reader]> = [
  ['phase 1 (js-yaml events)', parseFast],
  ['the line reader', (text, depth) => parseLines(text, { depth, items: MAX_FLOW_ITEMS, total: MAX_FLOW_TOTAL })],
];
const LINE_READER = READERS[1]![1];

/** A canonical text of plain data: key order, -0, NaN, Infinity and prototypes show. */
function canonical(v: unknown): string {
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (typeof v !== 'object' || v === null) return `${typeof v}:${JSON.stringify(v)}`;
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  const proto = Object.getPrototypeOf(v) === Object.prototype ? '' : '!proto';
  const entries = Object.keys(v).map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`);
  return `{${proto}${entries.join(',')}}`;
}

type Outcome = 'accepted' | 'given up';

const TREE_OPTIONS = { version: '1.2', schema: 'core', uniqueKeys: false, merge: false } as const;

/** Each pointer's value and key ranges as a finding shows them: clipped to their first line. */
function shown(text: string, entries: ReadonlyMap<string, Entry>): string[] {
  const clip = (r: readonly [number, number] | undefined) => {
    if (!r) return '';
    const nl = text.indexOf('\n', r[0]);
    return `${r[0]}-${nl === -1 || nl > r[1] ? r[1] : nl}`;
  };
  return [...entries].map(([p, e]) => `${p} ${clip(e.value)} ${clip(e.key)}`).sort();
}

/** A fast reader and phase 2 on one text; throws on a divergence. */
function compare(text: string, read: Reader): Outcome {
  const fast = read(text, MAX_DEPTH);
  if (!fast) return 'given up';
  const slow = parseYaml(text, 'file.yaml');
  const what = JSON.stringify(text.slice(0, 300));
  expect(
    slow.findings.map((f) => `${f.code} ${f.line}:${f.column} ${f.message}`),
    `phase 1 accepted what phase 2 refuses: ${what}`,
  ).toEqual([]);
  expect(canonical(fast.data), `data of ${what}`).toBe(canonical(slow.data));
  // A map looked up by pointer: phase 2 fills it in another order.
  const sorted = (m: ReadonlyMap<string, string>) => [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  expect(sorted(fast.changedNumbers), `changed numbers of ${what}`).toEqual(sorted(slow.changedNumbers));
  // Positions of later findings come from js-yaml's events: every node must stand where eemeli/yaml puts it.
  expect(shown(text, rangesFromEvents(text, MAX_DEPTH)), `positions in ${what}`).toEqual(
    shown(text, rangesFromTree(parseDocument(text, TREE_OPTIONS).contents)),
  );
  return 'accepted';
}

/** The same text with CRLF line ends, and inside a mapping (so lists and scalars at the top are read too). */
function variants(text: string): string[] {
  const nested = `key:\n${text
    .split('\n')
    .map((l) => (l ? `  ${l}` : l))
    .join('\n')}`;
  return [text, text.replace(/\r?\n/g, '\r\n'), nested, `---\n${nested}`];
}

const suite = JSON.parse(
  readFileSync(new URL('../fixtures/yaml-test-suite/cases.json', import.meta.url), 'utf8'),
) as Array<{ id: string; name: string; error: boolean; yaml: string }>;

// Inputs the line reader must read, and read right: the constructs plans are written in.
const LINE_CASES = [
  "a: 1\nb:\n- x\n- y\nc: {d: [1, 2], \"e f\": 'g''h'}\n",
  'a:\n  - id: x\n    list:\n    - 1\n    - 2\n    name: y\n  -\n  - z # note\n# end\n',
  'text: |\n  one\n\n    two\n  three\nnext: >-\n  a\n  b\n\n  c\nlast: |-\n  kept\n\n',
  'n: 1.10\nm: [0x1F, -0, .nan, 0o17, 1e3]\nk: "tab\\there \\"q\\" \\\\ \\/"\n',
  'a: 1\r\nb:\r\n  c: |\r\n    x\r\n    y\r\n',
  '1: one\ntrue: yes\n"1.5": x\nnull_: ~\nurl: http://x.org/a#b\n',
];

// Found by a review: the scan for bracket bombs reads these otherwise than YAML (a quote it takes
// for the start of a string inside a plain scalar, a line of no-break spaces it takes for blank)
// and so finds brackets too deep or too many, where the line reader, which skips that scan,
// would have read the file.
const B = '['.repeat(65);
const SCAN_CASES = [
  `a: x,'\nb: ', ${B}'\n`,
  `title: Is it fair?"\nb: ", ${B}"\n`,
  `a: [x?']\nb: ', ${B}'\n`,
  `a: x - 'y\n# it', ${B}\n`,
  `a: x,'\nb: ', [${','.repeat(10_000)}'\n`,
  `a: |\n  \u00a0\n    x\n  ${B}\n`,
];

describe('the fast YAML readers read exactly as the positional parser does', () => {
  it('resolve plain scalars as eemeli/yaml does: every spelling of null, true and false, and words', () => {
    const words = [
      'null',
      'true',
      'false',
      'nap',
      'text',
      'title',
      'notes',
      'no',
      'yes',
      'on',
      'off',
      'y',
      'n',
      'Nan',
      'nan',
      'inf',
      'NaN',
    ];
    // Each word in every mix of upper and lower case.
    const spellings = words.flatMap((w) =>
      Array.from({ length: 1 << Math.min(w.length, 5) }, (_, mask) =>
        [...w].map((ch, i) => (mask & (1 << i) ? ch.toUpperCase() : ch)).join(''),
      ),
    );
    for (const word of new Set(spellings)) expect(resolvePlain(word), word).toEqual(parse(`k: ${word}`).k);
    // Digits, and what only starts with them.
    for (const text of ['0', '007', '2021', '99999999999999999999', '1.5', '1e3', '12a', '1_000', '0x1F', '0o17'])
      expect(resolvePlain(text), text).toEqual(parse(`k: ${text}`).k);
  });

  it('the line reader gives up where the scan for bracket bombs reads the text otherwise', () => {
    for (const text of SCAN_CASES) {
      expect(parseYaml(text, 'file.yaml').findings.map((f) => f.code)).not.toEqual([]);
      expect(compare(text, LINE_READER), text.slice(0, 40)).toBe('given up');
    }
  });

  for (const [name, read] of READERS) {
    it(`${name}, on every case of the YAML test suite, and variants of each`, () => {
      const count = { accepted: 0, 'given up': 0 };
      const invalidAccepted: string[] = [];
      for (const c of suite) {
        for (const [i, text] of variants(c.yaml).entries()) {
          const outcome = compare(text, read);
          count[outcome]++;
          if (i === 0 && c.error && outcome === 'accepted') invalidAccepted.push(c.id);
        }
      }
      // Invalid YAML is never read as data, and the test is not vacuous.
      expect(invalidAccepted).toEqual([]);
      expect(count.accepted).toBeGreaterThan(read === parseFast ? 250 : 50);
      expect(count['given up']).toBeGreaterThan(250);
      if (process.env.NAP_FUZZ_COUNTS) console.log(`${name}, YAML test suite:`, count, 'of', suite.length, 'cases');
    });

    it(`${name}, on plans and progress files, written in every style`, () => {
      for (const text of [PLAN, PROGRESS]) expect(compare(text, read)).toBe('accepted');
    });
  }

  it('the line reader reads the constructs plans are written in', () => {
    for (const text of LINE_CASES) expect(compare(text, LINE_READER), text).toBe('accepted');
  });

  // Modest in `npm test`; `npm run fuzz` sets NAP_FUZZ_RUNS (×20 here: one parse of each phase is cheap).
  const RUNS = Number(process.env.NAP_FUZZ_RUNS ?? 25) * 20;
  const leaf = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom(
      '1.10',
      '-0',
      '0x1F',
      '0o17',
      '1e3',
      '.nan',
      '-.inf',
      '~',
      'True',
      'NULL',
      '+1',
      '2021',
      '9007199254740993',
    ),
  );
  const value = fc.letrec((tie) => ({
    v: fc.oneof(
      { depthSize: 'small' },
      leaf,
      fc.array(tie('v'), { maxLength: 3 }),
      fc.dictionary(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('1', '1.10', 'true', 'a b')), tie('v'), {
        maxKeys: 3,
      }),
    ),
  })).v;
  const style = fc.record({
    defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
    defaultKeyType: fc.constantFrom(null, 'PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'),
    collectionStyle: fc.constantFrom('any', 'block', 'flow'),
    indent: fc.integer({ min: 1, max: 4 }),
    lineWidth: fc.constantFrom(0, 20, 80),
    indentSeq: fc.boolean(),
  }) as fc.Arbitrary<Parameters<typeof stringify>[2] & object>;
  // Snippets that change what YAML means, inserted at random places of the text.
  const snippet = fc.oneof(
    fc.constantFrom(
      ': ',
      ':',
      ' ',
      '  ',
      '\n',
      '\n  ',
      '- ',
      '#',
      ' #',
      '"',
      "'",
      '\\',
      '&a ',
      '*a',
      '!!str ',
      '!x ',
      '? ',
      '---\n',
      '--- ',
      '...\n',
      '\t',
      '[',
      ']',
      '{',
      '}',
      ',',
      '|',
      '>',
      '|-\n',
      '1.10',
      '-0',
      '0x1F',
      '.nan',
      '~',
      'null',
      'True',
      '1e3',
      '__proto__: 1\n',
      '%YAML 1.2\n',
      '\r\n',
      '\u00a0',
      '\ufeff',
      'a: 1\n',
      'x',
    ),
    fc.string({ maxLength: 3 }),
  );
  const textEdit = fc.record({ at: fc.nat(), remove: fc.integer({ min: 0, max: 3 }), insert: snippet });
  const base = fc.constantFrom(parse(PLAN) as Record<string, unknown>, parse(PROGRESS) as Record<string, unknown>);

  it(
    'on generated plans, with random values and random edits of the text',
    () => {
      const count = Object.fromEntries(READERS.map(([name]) => [name, { accepted: 0, 'given up': 0 }]));
      fc.assert(
        fc.property(
          base,
          fc.dictionary(fc.string({ maxLength: 8 }), value, { maxKeys: 3 }),
          style,
          fc.array(textEdit, { maxLength: 3 }),
          (plan, extra, options, edits) => {
            let text = stringify({ ...plan, ...extra }, options);
            for (const e of edits) {
              const at = e.at % (text.length + 1);
              text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
            }
            for (const [name, read] of READERS) count[name]![compare(text, read)]++;
          },
        ),
        { numRuns: RUNS },
      );
      // Most unedited and many edited texts are read by each.
      for (const [name, read] of READERS)
        expect(count[name]!.accepted, name).toBeGreaterThan(RUNS / (read === parseFast ? 5 : 10));
      if (process.env.NAP_FUZZ_COUNTS) console.log('generated plans:', count);
    },
    Math.max(30_000, RUNS * 6),
  );

  // Data like a plan's, in characters that matter to YAML, so that the line reader reads most
  // texts and every construct it reads is held to phase 2 (the property above mostly tests giving up).
  const word = fc.string({
    unit: fc.constantFrom(
      'a',
      'b',
      '1',
      '0',
      ' ',
      ' ',
      '-',
      ':',
      '#',
      "'",
      '"',
      '.',
      ',',
      '[',
      '{',
      '|',
      '>',
      '\\',
      '~',
      'é',
    ),
    maxLength: 10,
  });
  const plainKey = fc.string({ unit: fc.constantFrom('a', 'z', '1', '_', '.', '-', '/'), minLength: 1, maxLength: 5 });
  const napValue = fc.letrec((tie) => ({
    v: fc.oneof(
      { depthSize: 'small' },
      word,
      fc.constantFrom(
        'Ministry of justice',
        'a: b',
        'x #y',
        '1.10',
        '-0',
        '0x1F',
        'null',
        '',
        ' lead',
        'line\nbreak',
        'two\n\nparas\n',
      ),
      fc.integer({ min: -5, max: 2030 }),
      fc.constant(null),
      fc.array(tie('v'), { maxLength: 3 }),
      fc.dictionary(plainKey, tie('v'), { maxKeys: 3 }),
    ),
  })).v;
  it(
    "on data like a plan's in characters that matter to YAML, read by the line reader",
    () => {
      const count = { accepted: 0, 'given up': 0 };
      fc.assert(
        fc.property(
          fc.dictionary(plainKey, napValue, { minKeys: 1, maxKeys: 5 }),
          style,
          fc.array(textEdit, { maxLength: 1 }),
          (data, options, edits) => {
            let text = stringify(data, options);
            for (const e of edits) {
              const at = e.at % (text.length + 1);
              text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
            }
            count[compare(text, LINE_READER)]++;
          },
        ),
        { numRuns: RUNS },
      );
      expect(count.accepted).toBeGreaterThan(RUNS / 5);
      if (process.env.NAP_FUZZ_COUNTS) console.log('plan-like data, line reader:', count);
    },
    Math.max(30_000, RUNS * 6),
  );
});
