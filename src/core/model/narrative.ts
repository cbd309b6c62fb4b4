import type { Narrative } from './types.generated.js';

/** The sections of a narrative, in the order documents show them (docs/format.md). */
export const NARRATIVE_SECTIONS = [
  'foreword',
  'introduction',
  'methodology',
  'highlights',
  'conclusions',
  'consultation',
] as const satisfies readonly (keyof Narrative)[];

export type NarrativeSection = (typeof NARRATIVE_SECTIONS)[number];

/** Sections shown before the summary; the others follow the progress per action. */
export const FRONT_SECTIONS: ReadonlySet<NarrativeSection> = new Set([
  'foreword',
  'introduction',
  'methodology',
  'highlights',
]);

export interface NarrativeFileData {
  file: string;
  data: Narrative;
}
