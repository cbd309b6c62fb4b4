// The YAML parsers alone on one file, in one process: eemeli/yaml (nap's positional parser,
// phase 2), js-yaml 5's event parser and nap's phase 1 built on it (dist/, so `npm run build`
// first), against js-yaml 3 (which ajv-cli 5 uses).
// node bench/parsers.mjs <file.yaml>    (e.g. a plan written by bench/generate.mjs)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

process.env = { ...process.env }; // as nap's CLI does: the parser reads an env variable per token
const require = createRequire(import.meta.url);
const yaml = await import('yaml');
const { parseEvents } = await import('js-yaml');
const { parseFast } = await import('../dist/core/load/fast-yaml.js');
const jsyaml3 = createRequire(require.resolve('ajv-cli/package.json'))('js-yaml');
const text = readFileSync(process.argv[2], 'utf8');
const time = (label, fn) => {
  const t = process.hrtime.bigint();
  fn();
  console.log(label.padEnd(44), `${(Number(process.hrtime.bigint() - t) / 1e6).toFixed(0)} ms`);
};
console.log(`${(text.length / 1e6).toFixed(1)} MB`);
for (let i = 0; i < 3; i++) {
  time('js-yaml 3 safeLoad (as ajv-cli 5)', () => jsyaml3.safeLoad(text));
  time('js-yaml 5 parseEvents', () => parseEvents(text, { maxDepth: 65 }));
  time("nap's phase 1 (events and constructor)", () => parseFast(text, 64));
  time('eemeli/yaml lexer and parser only (CST)', () => {
    for (const _ of new yaml.Parser().parse(text));
  });
  time('eemeli/yaml parseAllDocuments (as nap)', () =>
    yaml.parseAllDocuments(text, { version: '1.2', schema: 'core', uniqueKeys: false, merge: false }),
  );
}
