import { parseFast } from './fast-yaml.js';
import { flowProblem } from './flow-scan.js';
import { parseLines } from './line-yaml.js';
import { SourceIndex } from './source-index.js';
import { MAX_DEPTH, MAX_FLOW_ITEMS, MAX_FLOW_TOTAL, type ParsedYaml, parseYaml } from './yaml.js';

/**
 * Reads one file's YAML in two phases. A valid file, the common case, is read by a fast strict
 * reader alone: the line reader (line-yaml.ts) for the plain block style plans are written in,
 * else js-yaml's events and a small constructor (fast-yaml.ts), several times faster than the
 * positional parser and in a fraction of the memory. Whatever both give up on goes to the
 * positional parser (parseYaml), so every finding of the YAML stage,
 * its message, line and column come from the same code as before. Positions for later
 * findings come from the source index, which parses the file again only when one is asked for.
 */
export function readYaml(text: string, file: string): ParsedYaml {
  // The line reader needs no scan for bracket bombs: it gives up where the scan would find one.
  // The scan guards js-yaml's events as it guards parseYaml.
  const limits = { depth: MAX_DEPTH, items: MAX_FLOW_ITEMS, total: MAX_FLOW_TOTAL };
  const fast = parseLines(text, limits) ?? (flowProblem(text, limits) ? undefined : parseFast(text, MAX_DEPTH));
  if (!fast) return parseYaml(text, file);
  const { data, changedNumbers } = fast;
  return { file, text, data, findings: [], index: new SourceIndex(text, MAX_DEPTH), changedNumbers };
}
