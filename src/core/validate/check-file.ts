import type { ReadResult } from '../load/read.js';
import { readYaml } from '../load/read-yaml.js';
import type { ParsedYaml } from '../load/yaml.js';
import type { Progress } from '../model/types.generated.js';
import { type Finding, findingAt } from '../rules/finding.js';
import { type FileKind, schemaFindings } from './schema.js';

export interface CheckedFile<T> {
  /** Path as shown to the user. */
  file: string;
  /** Absent when the file could not be read as text. */
  parsed?: ParsedYaml;
  /** The data, typed, when it passed the YAML, version and schema stages. */
  data?: T;
  findings: Finding[];
}

export interface CheckedProgress extends CheckedFile<Progress> {
  /** The year the file's name or folder gives, if any. */
  yearFromName?: number;
}

/** The stages that need no other file: YAML, format version, schema. */
export function checkSource<T>(file: string, read: ReadResult, kind: FileKind): CheckedFile<T> {
  if (!read.ok) return { file, findings: [read.finding] };
  const parsed = readYaml(read.text, file);
  const result: CheckedFile<T> = { file, parsed, findings: [...parsed.findings] };
  if (parsed.data === undefined) return result;
  const version = versionFinding(parsed, kind);
  if (version) {
    result.findings.push(version);
    return result;
  }
  const schema = schemaFindings(kind, parsed);
  result.findings.push(...schema);
  if (!schema.length) result.data = parsed.data as T;
  return result;
}

/** An unknown version makes every other message misleading, so it is checked alone, first. */
function versionFinding(parsed: ParsedYaml, kind: FileKind): Finding | undefined {
  const nap = (parsed.data as Record<string, unknown>).nap;
  if (nap === 1) return undefined;
  const what = { plan: 'plan', progress: 'progress', narrative: 'narrative', assessment: 'assessment' }[kind];
  if (nap === undefined) {
    return findingAt(
      'NAP012',
      parsed.file,
      { line: 1, column: 1 },
      `the file does not say which format version it follows`,
      `add the line 'nap: 1' at the top of the ${what} file`,
      '/nap',
    );
  }
  return findingAt(
    'NAP012',
    parsed.file,
    parsed.index.locate('/nap'),
    `the file is written for format version ${JSON.stringify(nap)}, but this nap reads version 1`,
    typeof nap === 'number' && nap > 1 ? 'update nap to a version that reads this format' : "write 'nap: 1'",
    '/nap',
  );
}
