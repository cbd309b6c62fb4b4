import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InvalidInputError } from '../errors.js';
// Loaded on use: `nap status` reads a record only when there is one.
import { eemeliYaml } from '../load/eemeli.js';

/**
 * The record of a year's data call, `<requests>/<plan>-<year>.call.yaml` (docs/format.md, "data
 * call records"; schemas/call.schema.json): written by `nap request`, read by `nap status` for the
 * due date and the actors asked.
 */
export interface CallRecord {
  nap: 1;
  plan: string;
  year: number;
  /** ISO date by which returns are due. */
  due?: string;
  /** ISO date of the last `nap request` run of this call. */
  requested: string;
  /** Actors sent a return, in the order of the plan. */
  actors: string[];
  /** Assessors sent an assessment return (nap request --assessor), in the order asked. */
  assessors?: string[];
}

export function callRecordName(plan: string, year: number): string {
  return `${plan}-${year}.call`;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function formatCallRecord(r: CallRecord): string {
  // Dates quoted, as docs/format.md writes them.
  const text = eemeliYaml()
    .stringify(r)
    .replace(/^(due|requested): (\d{4}-\d{2}-\d{2})$/gm, '$1: "$2"');
  return `# The data call of nap request for ${r.plan}, ${r.year}: read by nap status (docs/format.md).\n${text}`;
}

/** The record in a requests folder, or undefined when there is none; a broken one is an error that says why. */
export async function readCallRecord(dir: string, plan: string, year: number): Promise<CallRecord | undefined> {
  const file = join(dir, `${callRecordName(plan, year)}.yaml`);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  const problem = (what: string) =>
    new InvalidInputError(
      `the data call record ${file} is not valid: ${what}`,
      'correct it as docs/format.md describes, or write it again with nap request --due',
    );
  let data: unknown;
  try {
    data = eemeliYaml().parse(text, { maxAliasCount: 0 });
  } catch (err) {
    throw problem((err as Error).message.split('\n')[0]!);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw problem('it is not a set of fields');
  const d = data as Record<string, unknown>;
  const known = new Set(['nap', 'plan', 'year', 'due', 'requested', 'actors', 'assessors']);
  const unknown = Object.keys(d).find((k) => !known.has(k));
  if (unknown !== undefined) throw problem(`unknown field '${unknown}'`);
  if (d.nap !== 1) throw problem('nap must be 1');
  if (d.plan !== plan) throw problem(`plan must be ${plan}`);
  if (d.year !== year) throw problem(`year must be ${year}`);
  if (d.due !== undefined && !(typeof d.due === 'string' && DATE.test(d.due)))
    throw problem('due must be a date YYYY-MM-DD');
  if (!(typeof d.requested === 'string' && DATE.test(d.requested)))
    throw problem('requested must be a date YYYY-MM-DD');
  if (!Array.isArray(d.actors) || !d.actors.every((a) => typeof a === 'string' && SLUG.test(a)))
    throw problem('actors must be a list of actor ids');
  if (
    d.assessors !== undefined &&
    !(Array.isArray(d.assessors) && d.assessors.every((a) => typeof a === 'string' && SLUG.test(a)))
  )
    throw problem('assessors must be a list of assessor ids');
  return d as unknown as CallRecord;
}
