import { isMap, isScalar, LineCounter, type Node, parseDocument } from 'yaml';
import type { DeclaredAssessor } from '../datacall/layout.js';
import { readYaml } from '../load/read-yaml.js';
import { DEFAULT_SCALE_ID } from '../model/assessment.js';
import type { ActionAssessment, ActionReport } from '../model/types.generated.js';
import { type Finding, findingAt } from '../rules/finding.js';

/** A YAML return read: its identity and the actions with what was filled in (empty fields dropped). */
/** What an assessor's return gives: its ratings, its method, its scale, and who it is when the plan does not declare it. */
export interface Assessed {
  actions: Record<string, ActionAssessment>;
  method?: string;
  scale: string;
  declared?: DeclaredAssessor;
}

export interface YamlReturn {
  plan?: string;
  year?: number;
  actor?: string;
  fingerprint?: string;
  submitted?: string;
  actions: Record<string, ActionReport>;
  /** An assessor's return (nap request --assessor --format yaml): what it assessed. */
  assessed?: Assessed;
  findings: Finding[];
}

function empty(v: unknown): boolean {
  return (
    v === null ||
    v === undefined ||
    (typeof v === 'string' && v.trim() === '') ||
    (Array.isArray(v) && v.length === 0) ||
    (typeof v === 'object' && !Array.isArray(v) && Object.values(v as object).every(empty))
  );
}

/** Drops empty fields at any depth: a YAML return comes with every field present and empty. */
function prune(v: unknown): unknown {
  if (Array.isArray(v)) return v.filter((x) => !empty(x)).map(prune);
  if (v !== null && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v)
        .filter(([, x]) => !empty(x))
        .map(([k, x]) => [k, prune(x)]),
    );
  return typeof v === 'string' ? v.trim() : v;
}

/**
 * Where a field of the progress file stands in the YAML return it came from (the same paths):
 * the line and column of the deepest part of the path the return has.
 */
export function locateInYaml(text: string, path: readonly string[]): { line: number; column: number } | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  let node: Node | null | undefined = doc.contents;
  let found: { line: number; column: number } | undefined;
  for (const seg of path) {
    // Keys such as 1 are numbers in YAML and strings in the path.
    const pair = isMap(node) ? node.items.find((p) => isScalar(p.key) && String(p.key.value) === seg) : undefined;
    if (!pair) break;
    const at = (isScalar(pair.key) ? pair.key.range : undefined)?.[0];
    if (at !== undefined) {
      const pos = lines.linePos(at);
      found = { line: pos.line, column: pos.col };
    }
    node = pair.value as Node | null;
  }
  return found;
}

/** Reads a YAML return (nap request --format yaml): a progress file with empty fields and a fingerprint comment. */
export function readYamlReturn(text: string, file: string): YamlReturn {
  const parsed = readYaml(text, file);
  const out: YamlReturn = { actions: {}, findings: [...parsed.findings] };
  if (parsed.findings.some((f) => f.severity === 'error')) return out;
  const data = parsed.data as Record<string, unknown> | null;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    out.findings.push(
      findingAt(
        'NAP105',
        file,
        { line: 1, column: 1 },
        'this YAML file is not a return: it is not a set of fields',
        'collect a return made by nap request --format yaml',
      ),
    );
    return out;
  }
  const fp = /^# nap-return: ([0-9a-f]+)\s*$/m.exec(text);
  if (fp) out.fingerprint = fp[1]!;
  if (typeof data.plan === 'string') out.plan = data.plan;
  if (typeof data.year === 'number') out.year = data.year;
  if (typeof data.reporter === 'string') out.actor = data.reporter;
  if (data.assessor !== undefined && data.reporter === undefined) return assessorReturn(data, out, file, text);
  if (typeof data.submitted === 'string' && data.submitted.trim()) out.submitted = data.submitted.trim();
  if (data.nap !== 1 || out.plan === undefined || out.year === undefined || out.actor === undefined) {
    out.findings.push(
      findingAt(
        'NAP105',
        file,
        { line: 1, column: 1 },
        'this YAML file is not a return: it needs nap: 1, plan, year and reporter',
        'collect a return made by nap request --format yaml',
      ),
    );
    return out;
  }
  const actions = prune(data.actions ?? {}) as Record<string, ActionReport>;
  out.actions = actions;
  return out;
}

/**
 * An assessor's YAML return: its assessor (an id, or declared), the actions with a rating or a
 * comment (empty ones dropped), each with both (NAP123); ratings and the rest are checked with
 * the rules of nap validate when the file is put in place.
 */
function assessorReturn(data: Record<string, unknown>, out: YamlReturn, file: string, text: string): YamlReturn {
  const a = data.assessor;
  const notReturn = (why: string) => {
    out.findings.push(
      findingAt(
        'NAP105',
        file,
        { line: 1, column: 1 },
        `this YAML file is not a return: ${why}`,
        'collect a return made by nap request --assessor --format yaml',
      ),
    );
    return out;
  };
  let declared: DeclaredAssessor | undefined;
  if (typeof a === 'string') out.actor = a;
  else if (a !== null && typeof a === 'object' && !Array.isArray(a)) {
    const x = a as Record<string, unknown>;
    if (typeof x.id !== 'string' || typeof x.name !== 'string' || typeof x.type !== 'string')
      return notReturn('its assessor needs an id, a name and a type');
    out.actor = x.id;
    declared = { name: x.name, type: x.type as DeclaredAssessor['type'] };
    if (typeof x.short === 'string') declared.short = x.short;
  } else return notReturn('its assessor is neither an id nor declared');
  if (data.nap !== 1 || out.plan === undefined || out.year === undefined)
    return notReturn('it needs nap: 1, plan, year and assessor');
  const actions = prune(data.actions ?? {}) as Record<string, Partial<ActionAssessment>>;
  for (const [id, x] of Object.entries(actions)) {
    if (x.rating !== undefined && x.comment !== undefined) continue;
    out.findings.push(
      findingAt(
        'NAP123',
        file,
        locateInYaml(text, ['actions', id]) ?? { line: 1, column: 1 },
        `action ${id} is assessed without ${x.rating === undefined ? 'a rating' : 'a comment'}`,
        'give the action a rating and a comment that explains it, or leave all its fields empty',
      ),
    );
  }
  out.assessed = {
    actions: actions as Record<string, ActionAssessment>,
    scale: typeof data.scale === 'string' ? data.scale : DEFAULT_SCALE_ID,
    ...(typeof data.method === 'string' && data.method.trim() ? { method: data.method.trim() } : {}),
    ...(declared ? { declared } : {}),
  };
  return out;
}
