import type { ActionRow } from '../datacall/rows.js';
import type { ActionAssessment } from '../model/types.generated.js';
import type { Finding } from '../rules/finding.js';
import { cellReader } from './cell-reader.js';
import { type CellValue, type Read, readChoice, readDate, readText } from './cells.js';
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
  const { report, check, text, actionRow, planAction, indicatorOf, firstRow, lines } = cellReader(ctx.file, findings);
  const draft = new Map<string, Partial<ActionAssessment> & { row: Located; rating?: string }>();
  const unread = new Set<string>();
  const cells = new Map<string, Located>();
  const seenActions = new Set<string>();
  for (const row of wb.assessment.rows) {
    const id = actionRow(row, ctx.actions, seenActions);
    if (id === undefined) continue;
    const c = row.cells;
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
    const { id, place } = planAction(row, 'action', ctx.actions) ?? {};
    if (id === undefined || !place) continue;
    const c = row.cells;
    const ind = indicatorOf(row, id, place);
    if (!ind) continue;
    const message = `indicator ${ind.key} of action ${id} has a second row`;
    if (!firstRow(seen, `${id} ${ind.key}`, c.action!, message, 'keep one row and delete the other')) continue;
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
  return readChoice(cell, ctx.levels, { what: 'rating', leave: 'row' }, (s) => ({
    code: 'NAP122',
    message: `'${s}' is not a rating of the scale`,
    fix: `choose one of the ratings from the list: ${ctx.choices.join(', ')}`,
  }));
}
