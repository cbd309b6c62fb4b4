import type { Document, Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { eemeliYaml } from '../load/eemeli.js';

export interface LineageProposal {
  /** The new plan.yaml with `continues:` added, everything else byte for byte as it was. */
  text: string;
  /** Actions that get a `continues:` line. */
  added: number;
  /** Of these, the ones matched by wording rather than id, marked with a comment: what a person must check first. */
  byWording: number;
  /** Actions whose own `continues:` is kept as written: the same as proposed, or another (listed in differing). */
  kept: number;
  differing: { id: string; written: string; proposed: string }[];
}

/**
 * Proposes lineage for a person to confirm: for each action of the new edition matched to one of the
 * old edition, a `continues: <old plan>:<old action>` line inserted right after the action's id line
 * (before its id in a `{ ... }` action). The text is edited, not re-serialised, so comments, quotes,
 * order and layout stay as they were; a `continues:` already written is never changed. `notes` (by new action id)
 * marks a proposal with a YAML comment, such as "matched by wording: review".
 */
export function proposeLineage(
  source: string,
  oldPlanId: string,
  oldIdOf: ReadonlyMap<string, string>,
  notes: ReadonlyMap<string, string> = new Map(),
): LineageProposal {
  const yaml = eemeliYaml();
  const doc: Document = yaml.parseDocument(source, { uniqueKeys: false });
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const inserts: { at: number; text: string }[] = [];
  const out: LineageProposal = { text: source, added: 0, byWording: 0, kept: 0, differing: [] };
  for (const action of actionNodes(doc)) {
    const idPair = pairOf(action, 'id');
    const idNode = idPair?.value as Scalar | undefined;
    if (!idPair || !idNode || !yaml.isScalar(idNode) || !idNode.range) continue;
    const id = String(idNode.value);
    const oldId = oldIdOf.get(id);
    if (oldId === undefined) continue;
    const proposed = `${oldPlanId}:${oldId}`;
    const written = pairOf(action, 'continues')?.value;
    if (written !== undefined) {
      out.kept++;
      const value = yaml.isScalar(written) ? String(written.value) : '';
      if (value !== proposed) out.differing.push({ id, written: value, proposed });
      continue;
    }
    const keyStart = (idPair.key as Scalar).range![0];
    const line = `continues: ${JSON.stringify(proposed)}`;
    const note = notes.get(id)?.replace(/[\r\n]+/g, ' ');
    if (note) out.byWording++;
    if (action.flow) {
      inserts.push({ at: keyStart, text: `${line}, ` });
      // A comment would end a one-line flow mapping: it goes on a line of its own before the action's line.
      if (note && action.range) {
        const start = source.lastIndexOf('\n', action.range[0] - 1) + 1;
        const indent = /^[ \t]*/.exec(source.slice(start))![0];
        inserts.push({ at: start, text: `${indent}# ${id}: ${note}${eol}` });
      }
    } else {
      const lineStart = source.lastIndexOf('\n', keyStart - 1) + 1;
      const next = source.indexOf('\n', idNode.range[1]);
      inserts.push({
        at: next === -1 ? source.length : next + 1,
        text: `${next === -1 ? eol : ''}${' '.repeat(keyStart - lineStart)}${line}${note ? `  # ${note}` : ''}${next === -1 ? '' : eol}`,
      });
    }
    out.added++;
  }
  let text = source;
  for (const i of inserts.sort((a, b) => b.at - a.at)) text = text.slice(0, i.at) + i.text + text.slice(i.at);
  out.text = text;
  return out;
}

function* actionNodes(doc: Document): Generator<YAMLMap> {
  const yaml = eemeliYaml();
  const seq = (m: unknown, key: string): unknown[] => {
    const v = yaml.isMap(m) ? pairOf(m as YAMLMap, key)?.value : undefined;
    return yaml.isSeq(v) ? (v as YAMLSeq).items : [];
  };
  for (const o of seq(doc.contents, 'objectives')) {
    for (const a of seq(o, 'actions')) if (yaml.isMap(a)) yield a as YAMLMap;
    for (const g of seq(o, 'goals')) for (const a of seq(g, 'actions')) if (yaml.isMap(a)) yield a as YAMLMap;
  }
}

function pairOf(map: YAMLMap, key: string): Pair<Node, Node> | undefined {
  const yaml = eemeliYaml();
  return (map.items as Pair<Node, Node>[]).find((p) => yaml.isScalar(p.key) && (p.key as Scalar).value === key);
}
