/** One field that a collected return changes in an existing progress file. */
export interface Change {
  /** Path in the file, e.g. actions/16.a/indicators/1. */
  path: string;
  old?: unknown;
  new?: unknown;
}

function leaves(v: unknown, path: string, out: Map<string, unknown>): void {
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    for (const [k, x] of Object.entries(v)) leaves(x, path ? `${path}/${k}` : k, out);
  } else out.set(path, v);
}

/** What changes, field by field (lists as one field): changed, added and removed values. */
export function fieldChanges(before: unknown, after: unknown, ignore: ReadonlySet<string> = new Set()): Change[] {
  const a = new Map<string, unknown>();
  const b = new Map<string, unknown>();
  leaves(before, '', a);
  leaves(after, '', b);
  const changes: Change[] = [];
  for (const [path, old] of a) {
    if (ignore.has(path)) continue;
    if (!b.has(path)) changes.push({ path, old });
    else if (JSON.stringify(old) !== JSON.stringify(b.get(path))) changes.push({ path, old, new: b.get(path) });
  }
  for (const [path, value] of b) if (!ignore.has(path) && !a.has(path)) changes.push({ path, new: value });
  return changes;
}

/** A change for people: `~ actions/16.a/status: in-progress -> completed`. */
export function describeChange(c: Change): string {
  const show = (v: unknown) =>
    typeof v === 'string' ? JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v) : JSON.stringify(v);
  if (c.old === undefined) return `+ ${c.path}: ${show(c.new)}`;
  if (c.new === undefined) return `- ${c.path}: ${show(c.old)}`;
  return `~ ${c.path}: ${show(c.old)} -> ${show(c.new)}`;
}
