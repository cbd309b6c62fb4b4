import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

let yaml: typeof Yaml | undefined;

/**
 * eemeli/yaml, loaded on first use: a valid file is read by the fast parser alone, and the
 * positional parser (about 25 ms to import) is needed only for a file with something to report.
 * It is a CommonJS package, so it loads synchronously; `import` of it elsewhere shares the same copy.
 */
export function eemeliYaml(): typeof Yaml {
  yaml ??= createRequire(import.meta.url)('yaml') as typeof Yaml;
  return yaml;
}
