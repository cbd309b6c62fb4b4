import type { SourceInput } from '../load/inputs.js';
import type { Assessment, Narrative } from '../model/types.generated.js';
import { type CheckedFile, checkSource } from './check-file.js';
import type { FileKind } from './schema.js';

/** A file of a plan folder that a year names: a narrative or an assessment. */
export interface CheckedYearFile<T> extends CheckedFile<T> {
  /** The year of the file's name, narrative/2015.yaml, assessments/2015/x.yaml. */
  yearFromName?: number;
}

export type CheckedNarrative = CheckedYearFile<Narrative>;
export type CheckedAssessment = CheckedYearFile<Assessment>;

/** A narrative or an assessment through the stages every file goes through: reading, YAML, format version, schema. */
function checkYearFile<T>(src: SourceInput & { yearFromName?: number }, kind: FileKind): CheckedYearFile<T> {
  const checked: CheckedYearFile<T> = checkSource<T>(src.file, src.read, kind);
  if (src.yearFromName !== undefined) checked.yearFromName = src.yearFromName;
  return checked;
}

export const checkNarrative = (src: SourceInput & { yearFromName?: number }): CheckedNarrative =>
  checkYearFile<Narrative>(src, 'narrative');

export const checkAssessment = (src: SourceInput & { yearFromName?: number }): CheckedAssessment =>
  checkYearFile<Assessment>(src, 'assessment');
