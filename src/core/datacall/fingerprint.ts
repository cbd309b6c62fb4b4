import { createHash } from 'node:crypto';
import type { Plan } from '../model/types.generated.js';
import type { ActionRow } from './rows.js';

/**
 * What a return depends on, per action: its text (in every language), its responsible actors and
 * its indicators with their keys, units and disaggregation. Wording of titles or other actions'
 * rows does not change an actor's return.
 */
function actionDigest(row: ActionRow): string {
  const material = {
    id: row.id,
    text: row.action.text,
    actors: row.actors,
    indicators: row.indicators.map((i) => [
      i.key,
      i.unit,
      i.bySex,
      typeof i.indicator === 'string' ? i.indicator : i.indicator.text,
    ]),
  };
  return hash(JSON.stringify(material)).slice(0, 12);
}

function hash(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

/** The fingerprint of an actor's part of the matrix, and of each of its actions. */
export function fingerprintOf(
  plan: Plan,
  actor: string,
  rows: readonly ActionRow[],
): { fingerprint: string; actions: Map<string, string> } {
  const actions = new Map(rows.map((r) => [r.id, actionDigest(r)]));
  const fingerprint = hash(JSON.stringify([plan.id, actor, [...actions]])).slice(0, 16);
  return { fingerprint, actions };
}

/** What changed in an actor's part of the matrix since a return was made, in words. */
export function matrixChanges(then: ReadonlyMap<string, string>, now: ReadonlyMap<string, string>): string[] {
  const added = [...now.keys()].filter((id) => !then.has(id));
  const removed = [...then.keys()].filter((id) => !now.has(id));
  const changed = [...now].filter(([id, h]) => then.has(id) && then.get(id) !== h).map(([id]) => id);
  const out: string[] = [];
  if (added.length) out.push(`actions added: ${added.join(', ')}`);
  if (removed.length) out.push(`actions no longer the actor's or removed: ${removed.join(', ')}`);
  if (changed.length) out.push(`actions whose text, actors or indicators changed: ${changed.join(', ')}`);
  return out;
}
