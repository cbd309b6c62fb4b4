import type { SourceInput } from '../load/inputs.js';
import { readYaml } from '../load/read-yaml.js';

/**
 * The action ids of the earlier editions named by `continues:`, by plan id. An edition that cannot be
 * read or parsed gives undefined: its own validation says why, and no action is called missing for it.
 */
export function continuedActions(
  plans: ReadonlyMap<string, SourceInput> | undefined,
): (planId: string) => ReadonlySet<string> | undefined {
  const cache = new Map<string, ReadonlySet<string> | undefined>();
  return (planId) => {
    if (!cache.has(planId)) {
      const src = plans?.get(planId);
      cache.set(planId, src?.read.ok ? actionIds(readYaml(src.read.text, src.file).data) : undefined);
    }
    return cache.get(planId);
  };
}

function actionIds(data: unknown): ReadonlySet<string> | undefined {
  const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
  const field = (x: unknown, k: string): unknown =>
    x !== null && typeof x === 'object' && Object.hasOwn(x, k) ? (x as Record<string, unknown>)[k] : undefined;
  if (!Array.isArray(field(data, 'objectives'))) return undefined;
  const ids = new Set<string>();
  for (const o of list(field(data, 'objectives'))) {
    const actions = [
      ...list(field(o, 'actions')),
      ...list(field(o, 'goals')).flatMap((g) => list(field(g, 'actions'))),
    ];
    for (const a of actions) {
      const id = field(a, 'id');
      if (typeof id === 'string' || typeof id === 'number') ids.add(String(id));
    }
  }
  return ids;
}
