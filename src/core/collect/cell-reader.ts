import type { ActionRow, IndicatorRow } from '../datacall/rows.js';
import { type Finding, findingAt } from '../rules/finding.js';
import type { RuleCode } from '../rules/index.js';
import { isPlaceholder, type Read, readText } from './cells.js';
import type { Located, Table } from './read-workbook.js';

/** A finding placed on a cell of a workbook: the cell, and a pointer to it (Sheet!B4 is /Sheet/B4). */
export function atCell(f: Finding, cell: string): Finding {
  f.cell = cell;
  f.pointer = `/${cell.replace('!', '/')}`;
  return f;
}

/**
 * Findings located by cell, and the readings every return shares: a value with its warning or
 * problem (a formula is read by its last value, with a warning), free text (a placeholder such
 * as N/A is nothing), and a row's id.
 */
export function cellReader(file: string, findings: Finding[]) {
  const report = (code: RuleCode, at: Pick<Located, 'cell' | 'row' | 'column'>, message: string, fix: string) => {
    findings.push(atCell(findingAt(code, file, { line: at.row, column: at.column }, message, fix), at.cell));
  };
  const check = <T>(at: Located, r: Read<T> & { warning?: Read<T>['problem'] }): T | undefined => {
    if (at.formula)
      report(
        'NAP115',
        at,
        `a formula; its last computed value ${at.value === undefined ? '(none)' : `'${String(at.value)}'`} is used`,
        'replace the formula by its value',
      );
    if (r.warning) report(r.warning.code, at, r.warning.message, r.warning.fix);
    if (r.problem) report(r.problem.code, at, r.problem.message, r.problem.fix);
    return r.value;
  };
  const text = (at: Located): string | undefined => {
    const s = check(at, { value: readText(at) });
    if (s !== undefined && isPlaceholder(s)) {
      report(
        'NAP113',
        at,
        `'${s}' is read as nothing to report`,
        'leave the cell empty when there is nothing to report',
      );
      return undefined;
    }
    return s;
  };
  const rowId = (row: Table['rows'][number], key: string): string | undefined => {
    const c = row.cells[key]!;
    const id = readText(c);
    if (id === undefined) {
      report(
        'NAP108',
        c,
        'a row without an id',
        `type the id of the ${key === 'id' ? 'action' : key} in this cell, or delete the row`,
      );
      return undefined;
    }
    return id;
  };
  /** The plan's action a row is for, by the id in `column`; a row for no action is reported. */
  const planAction = (
    row: Table['rows'][number],
    column: string,
    actions: ReadonlyMap<string, ActionRow>,
  ): { id: string; place: ActionRow } | undefined => {
    const id = rowId(row, column);
    if (id === undefined) return undefined;
    const place = actions.get(id);
    if (!place)
      report('NAP108', row.cells[column]!, `the plan has no action '${id}'`, 'correct the id, or delete the row');
    return place ? { id, place } : undefined;
  };
  /** The indicator of an action a row is for, by its `indicator` cell; one the action lacks is reported. */
  const indicatorOf = (row: Table['rows'][number], id: string, place: ActionRow): IndicatorRow | undefined => {
    const key = readText(row.cells.indicator!);
    const ind = place.indicators.find((i) => i.key === key);
    if (!ind)
      report(
        'NAP108',
        row.cells.indicator!,
        `action ${id} has no indicator '${key ?? ''}'`,
        'correct the indicator, or delete the row',
      );
    return ind;
  };
  /** Whether this is the first row for `key`; a second one is reported and read no further. */
  const firstRow = (seen: Set<string>, key: string, at: Located, message: string, fix: string): boolean => {
    if (seen.has(key)) {
      report('NAP110', at, message, fix);
      return false;
    }
    seen.add(key);
    return true;
  };
  /** The id of the action row of an action sheet, once per action: unknown ids and second rows are reported. */
  const actionRow = (
    row: Table['rows'][number],
    actions: ReadonlyMap<string, ActionRow>,
    seen: Set<string>,
  ): string | undefined => {
    const { id } = planAction(row, 'id', actions) ?? {};
    if (id === undefined) return undefined;
    const first = firstRow(
      seen,
      id,
      row.cells.id!,
      `action ${id} has a second row`,
      'keep one row for the action and delete the other',
    );
    return first ? id : undefined;
  };
  /** Lines of a cell, one item each (sources, evidence). */
  const lines = (at: Located): string[] | undefined => {
    const s = readText(at);
    if (s === undefined) return undefined;
    const list = s
      .split(/\r?\n/)
      .map((x) => x.trim())
      .filter(Boolean);
    return list.length ? list : undefined;
  };
  return { report, check, text, rowId, actionRow, planAction, indicatorOf, firstRow, lines };
}
