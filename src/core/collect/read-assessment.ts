import type { ActionRow } from '../datacall/rows.js';
import type { ActionAssessment } from '../model/types.generated.js';
import type { Finding } from '../rules/finding.js';
import { cellReader } from './cell-reader.js';
import { type CellValue, isPlaceholder, type Read, readDate, readText } from './cells.js';
import { normalise } from './read-return.js';
import type { AssessmentWorkbook, Located } from './read-workbook.js';

export interface AssessmentContext {
  file: string;
  /** Every action of the plan by id, with its indicators as rows. */
  actions: ReadonlyMap<string, ActionRow>;
  /** The scale's levels: normalised ids and labels (in every language nap speaks) to the level id. */
  levels: ReadonlyMap<string, string>;
  /** The levels as people choose them, for the fix of a wrong rating. */
  choices: readonly string[];
}

export interface ReadAssessment {
  /** The actions assessed, with what was filled in. */
  actions: Record<string, ActionAssessment>;
  submitted?: string;
  method?: string;
  findings: Finding[];
  /** The cell each field was read from, by its path in the assessment file (actions/1.a/rating). */
  cells: Map<string, Located>;
}

/**
 * Reads every cell of an assessor's return: rows matched by their ids, ratings against the
 * scale, each action assessed with a rating and a comment, remarks on indicators beside them.
 */
export function readAssessmentCells(wb: AssessmentWorkbook, ctx: AssessmentContext): ReadAssessment {
  const findings: Finding[] = [];
  const { report, check, text, rowId, lines } = cellReader(ctx.file, findings);
  const draft = new Map<string, Partial<ActionAssessment> & { row: Located; rating?: string }>();
  const unread = new Set<string>();
  const cells = new Map<string, Located>();
  const unknownAction = (c: Located, id: string) =>
    report('NAP108', c, `the plan has no action '${id}'`, 'correct the id, or delete the row');

  for (const row of wb.assessment.rows) {
    const id = rowId(row, 'id');
    if (id === undefined) continue;
    const c = row.cells;
    if (!ctx.actions.has(id)) {
      unknownAction(c.id!, id);
      continue;
    }
    if (draft.has(id)) {
      report('NAP110', c.id!, `action ${id} has a second row`, 'keep one row for the action and delete the other');
      continue;
    }
    const entry: Partial<ActionAssessment> & { row: Located } = { row: c.id! };
    // An action as a whole is placed at its rating, the cell that makes it assessed.
    for (const [field, key] of [['', 'rating'], ...['rating', 'comment', 'evidence'].map((k) => [`/${k}`, k])])
      cells.set(`actions/${id}${field}`, c[key!]!);
    const rating = check(c.rating!, readRating(c.rating!, ctx));
    if (rating) entry.rating = rating;
    else if (readText(c.rating!) !== undefined) unread.add(id);
    const comment = text(c.comment!);
    if (comment !== undefined) entry.comment = comment;
    const evidence = lines(c.evidence!);
    if (evidence) entry.evidence = evidence;
    draft.set(id, entry);
  }

  const seen = new Set<string>();
  for (const row of wb.remarks.rows) {
    const id = rowId(row, 'action');
    if (id === undefined) continue;
    const c = row.cells;
    const place = ctx.actions.get(id);
    if (!place) {
      unknownAction(c.action!, id);
      continue;
    }
    const key = readText(c.indicator!);
    const ind = place.indicators.find((i) => i.key === key);
    if (!ind) {
      report(
        'NAP108',
        c.indicator!,
        `action ${id} has no indicator '${key ?? ''}'`,
        'correct the indicator, or delete the row',
      );
      continue;
    }
    if (seen.has(`${id} ${ind.key}`)) {
      report(
        'NAP110',
        c.action!,
        `indicator ${ind.key} of action ${id} has a second row`,
        'keep one row and delete the other',
      );
      continue;
    }
    seen.add(`${id} ${ind.key}`);
    cells.set(`actions/${id}/indicators/${ind.key}`, c.remark!);
    const remark = text(c.remark!);
    if (remark === undefined) continue;
    const entry = draft.get(id) ?? { row: c.action! };
    entry.indicators = { ...(entry.indicators ?? {}), [ind.key]: remark };
    draft.set(id, entry);
  }

  const actions: Record<string, ActionAssessment> = {};
  for (const [id, { row, ...entry }] of draft) {
    if (!Object.keys(entry).length) continue;
    // A rating that could not be read has its own finding already.
    if (entry.rating === undefined && unread.has(id)) continue;
    if (entry.rating === undefined || entry.comment === undefined) {
      const missing = entry.rating === undefined ? 'a rating' : 'a comment';
      report(
        'NAP123',
        row,
        `action ${id} is assessed without ${missing}`,
        'give the action a rating from the list and a comment that explains it, or leave its row empty',
      );
      continue;
    }
    const out: ActionAssessment = { rating: entry.rating, comment: entry.comment };
    if (entry.evidence) out.evidence = entry.evidence;
    if (entry.indicators) out.indicators = entry.indicators;
    actions[id] = out;
  }
  cells.set('submitted', wb.submitted);
  cells.set('method', wb.method);
  const result: ReadAssessment = { actions, findings, cells };
  const submitted = check(wb.submitted, readDate(wb.submitted));
  if (submitted !== undefined) result.submitted = submitted;
  const method = text(wb.method);
  if (method !== undefined) result.method = method;
  return result;
}

function readRating(cell: CellValue, ctx: AssessmentContext): Read<string> {
  const s = readText(cell);
  if (s === undefined) return {};
  const found = ctx.levels.get(normalise(s));
  if (found) return { value: found };
  if (isPlaceholder(s))
    return {
      problem: {
        code: 'NAP113',
        message: `'${s}' is read as no rating`,
        fix: 'choose the rating from the list, or leave the row empty',
      },
    };
  return {
    problem: {
      code: 'NAP122',
      message: `'${s}' is not a rating of the scale`,
      fix: `choose one of the ratings from the list: ${ctx.choices.join(', ')}`,
    },
  };
}
