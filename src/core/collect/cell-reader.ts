import { type Finding, findingAt } from '../rules/finding.js';
import type { RuleCode } from '../rules/index.js';
import { isPlaceholder, type Read, readText } from './cells.js';
import type { Located, Table } from './read-workbook.js';

/**
 * Findings located by cell, and the readings every return shares: a value with its warning or
 * problem (a formula is read by its last value, with a warning), free text (a placeholder such
 * as N/A is nothing), and a row's id.
 */
export function cellReader(file: string, findings: Finding[]) {
  const report = (code: RuleCode, at: Pick<Located, 'cell' | 'row' | 'column'>, message: string, fix: string) => {
    const f = findingAt(code, file, { line: at.row, column: at.column }, message, fix);
    f.cell = at.cell;
    f.pointer = `/${at.cell.replace('!', '/')}`;
    findings.push(f);
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
  return { report, check, text, rowId, lines };
}
