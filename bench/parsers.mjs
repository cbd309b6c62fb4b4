// The YAML parsers alone on one file, in one process: eemeli/yaml (which nap must use for
// positions, duplicate keys and tags) against js-yaml 3 (which ajv-cli 5 uses).
// node bench/parsers.mjs <file.yaml>    (e.g. a plan written by bench/generate.mjs)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

process.env = { ...process.env }; // as nap's CLI does: the parser reads an env variable per token
const require = createRequire(import.meta.url);
const yaml = await import('yaml');
const jsyaml = require('js-yaml');
const text = readFileSync(process.argv[2], 'utf8');
const time = (label, fn) => {
  const t = process.hrtime.bigint();
  fn();
  console.log(label.padEnd(44), `${(Number(process.hrtime.bigint() - t) / 1e6).toFixed(0)} ms`);
};
console.log(`${(text.length / 1e6).toFixed(1)} MB`);
for (let i = 0; i < 2; i++) {
  time('js-yaml safeLoad (as ajv-cli 5)', () => jsyaml.safeLoad(text));
  time('eemeli/yaml lexer and parser only (CST)', () => {
    for (const _ of new yaml.Parser().parse(text));
  });
  time('eemeli/yaml parseAllDocuments (as nap)', () =>
    yaml.parseAllDocuments(text, { version: '1.2', schema: 'core', uniqueKeys: false, merge: false }),
  );
}
