import { parseFast } from './fast-yaml.js';
import { flowProblem } from './flow-scan.js';
import { SourceIndex } from './source-index.js';
import { MAX_DEPTH, MAX_FLOW_ITEMS, MAX_FLOW_TOTAL, type ParsedYaml, parseYaml } from './yaml.js';

/**
 * Reads one file's YAML in two phases. A valid file, the common case, is read by the fast strict
 * parser alone (fast-yaml.ts), several times faster and in a fraction of the memory. Whatever it
 * gives up on goes to the positional parser (parseYaml), so every finding of the YAML stage,
 * its message, line and column come from the same code as before. Positions for later
 * findings come from the source index, which parses the file again only when one is asked for.
 */
export function readYaml(text: string, file: string): ParsedYaml {
  // The scan that guards the parsers against bracket bombs runs first, as in parseYaml.
  if (!flowProblem(text, { depth: MAX_DEPTH, items: MAX_FLOW_ITEMS, total: MAX_FLOW_TOTAL })) {
    const fast = parseFast(text, MAX_DEPTH);
    if (fast) {
      const { data, changedNumbers } = fast;
      return { file, text, data, findings: [], index: new SourceIndex(text, MAX_DEPTH), changedNumbers };
    }
  }
  return parseYaml(text, file);
}
