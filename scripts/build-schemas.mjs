// Build step: precompiled validators into src/generated/ (git-ignored); with --types, also
// rewrite the committed src/core/model/types.generated.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { root, typesSource, validatorSource } from './schema-tools.mjs';

mkdirSync(`${root}src/generated`, { recursive: true });
writeFileSync(`${root}src/generated/validators.ts`, await validatorSource());
if (process.argv.includes('--types')) {
  writeFileSync(`${root}src/core/model/types.generated.ts`, await typesSource());
}
