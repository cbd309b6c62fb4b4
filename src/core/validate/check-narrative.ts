import type { SourceInput } from '../load/inputs.js';
import type { Narrative } from '../model/types.generated.js';
import { type CheckedFile, checkSource } from './check-file.js';

export interface CheckedNarrative extends CheckedFile<Narrative> {
  /** The year of the file's name, narrative/2015.yaml. */
  yearFromName?: number;
}

/** A narrative through the stages every file goes through: reading, YAML, format version, schema. */
export function checkNarrative(src: SourceInput & { yearFromName?: number }): CheckedNarrative {
  const checked: CheckedNarrative = checkSource<Narrative>(src.file, src.read, 'narrative');
  // The version stage knows plan and progress files by name; this one is a narrative.
  for (const f of checked.findings)
    if (f.code === 'NAP012' && f.fix) f.fix = f.fix.replace('progress file', 'narrative file');
  if (src.yearFromName !== undefined) checked.yearFromName = src.yearFromName;
  return checked;
}
