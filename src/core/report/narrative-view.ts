import type { Formatter } from '../model/format.js';
import {
  FRONT_SECTIONS,
  NARRATIVE_SECTIONS,
  type NarrativeFileData,
  type NarrativeSection,
} from '../model/narrative.js';
import type { TextPicker } from '../model/text.js';
import type { NarrativeView } from './model-types.js';

/**
 * The coordinator's words for the year, section by section in the order of the format; a
 * section the narrative does not give is left out, never filled in.
 */
export function narrativeView(
  narratives: readonly NarrativeFileData[],
  year: number,
  f: Formatter,
  text: TextPicker,
  markdown: (s: string) => string,
): NarrativeView | undefined {
  const file = narratives.find((n) => n.data.year === year);
  if (!file) return undefined;
  const n = file.data;
  const sections = NARRATIVE_SECTIONS.flatMap((key: NarrativeSection) => {
    const value = n[key];
    if (value === undefined) return [];
    const source = text.pick(value, `narrative ${key}`);
    return [
      {
        key,
        anchor: `narrative-${key}`,
        title: f.t(`narrative.${key}`),
        markdown: source,
        html: markdown(source),
        front: FRONT_SECTIONS.has(key),
      },
    ];
  });
  return {
    illustrative: n.illustrative === true,
    front: sections.filter((s) => s.front),
    back: sections.filter((s) => !s.front),
  };
}
