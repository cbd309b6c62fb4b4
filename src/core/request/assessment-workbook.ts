import {
  ASSESSMENT_COLUMNS,
  ASSESSMENT_FORMAT,
  listItem,
  METHOD_CELL,
  REMARK_COLUMNS,
  SUBMITTED_CELL,
} from '../datacall/layout.js';
import type { ActionRow } from '../datacall/rows.js';
import { levelLabel, type ScaleSpec, scaleName } from '../model/assessment.js';
import type { Formatter } from '../model/format.js';
import { indicatorEntry } from '../model/progress-index.js';
import { actorNamer, TextPicker } from '../model/text.js';
import type { Assessment, Plan } from '../model/types.generated.js';
import type { AssessorSpec } from './assessor.js';
import type { GovernmentYear } from './government.js';
import { illustrativeLabel } from './illustrative.js';
import {
  callLines,
  dataRow,
  dataSheet,
  finishSheet,
  fitHeight,
  type Instructions,
  instructionsSheet,
  listValidation,
  metaSheet,
  newWorkbook,
  promptOnly,
  type T,
  text,
  unitLabel,
  workbookBytes,
} from './sheets.js';

export interface AssessmentReturnInput {
  plan: Plan;
  year: number;
  assessor: AssessorSpec;
  /** Every action of the plan: an assessor may assess any of them. */
  rows: readonly ActionRow[];
  government: GovernmentYear;
  scale: ScaleSpec;
  fingerprint: string;
  actionPrints: ReadonlyMap<string, string>;
  due?: string;
  /** The assessor's assessment of the year so far: its answers fill the cells again. */
  current?: Assessment;
  f: Formatter;
  now: Date;
  /** The government's account shown (or the assessment so far) is illustrative sample data. */
  illustrativeData?: boolean;
}

/** The labels of a scale's levels in the return's language, as its drop-down lists them. */
export function ratingLabels(scale: ScaleSpec, f: Formatter, pick: TextPicker): string[] {
  return scale.levels.map((l) =>
    listItem(
      levelLabel(
        l,
        (x, what) => pick.pick(x, what),
        (k) => f.t(k),
      ),
    ),
  );
}

/** An assessor's return as an .xlsx workbook (README, "For civil society"). */
export async function assessmentWorkbook(o: AssessmentReturnInput): Promise<Uint8Array> {
  const { f, plan, year } = o;
  const t: T = (key, params) => f.t(key, params);
  const pick = new TextPicker(f.lang, plan.lang);
  const actorName = actorNamer(plan, pick);
  const wb = newWorkbook(o.now);
  const names = {
    instructions: t('assessorReturn.sheet.instructions'),
    assessment: t('assessorReturn.sheet.assessment'),
    remarks: t('assessorReturn.sheet.remarks'),
  };
  const ratings = ratingLabels(o.scale, f, pick);
  instructionsSheet(wb, instructions(o, names.instructions, t, ratings, pick), t);
  if (o.current?.method !== undefined)
    text(wb.getWorksheet(names.instructions)!.getCell(METHOD_CELL), pick.pick(o.current.method, 'method'));
  const headings: [string, string, string][] = [];
  const mine = o.current?.actions ?? {};
  // The government's account of each action, looked up once for both sheets.
  const government = new Map(o.rows.map((row) => [row.id, o.government.of(row)]));

  // One row per action: the action and the government's account grey and locked, the assessor's cells yellow.
  const heads = ASSESSMENT_COLUMNS.map((c) => t(`assessorReturn.col.${c.key}`, { year }));
  const ws = dataSheet(wb, names.assessment, ASSESSMENT_COLUMNS, heads);
  for (const [i, c] of ASSESSMENT_COLUMNS.entries()) headings.push(['assessment', c.key, heads[i]!]);
  for (const row of o.rows) {
    const gov = government.get(row.id)!;
    const r = ws.addRow([]);
    const values: Record<string, string> = {
      id: row.id,
      where: row.where,
      text: row.text,
      actors: row.actors.map(actorName).join(', '),
      govStatus: gov.status,
      govSummary: gov.summary,
    };
    const col = dataRow(r, ASSESSMENT_COLUMNS, values);
    col('rating').dataValidation = listValidation(
      ratings,
      t('assessorReturn.prompt.rating', { year }),
      t('assessorReturn.invalid.rating'),
      t,
    );
    col('comment').dataValidation = promptOnly(t('assessorReturn.prompt.comment'));
    col('evidence').dataValidation = promptOnly(t('assessorReturn.prompt.evidence'));
    const given = Object.hasOwn(mine, row.id) ? mine[row.id] : undefined;
    if (given) {
      const level = o.scale.levels.findIndex((l) => l.id === given.rating);
      if (level >= 0) text(col('rating'), ratings[level]!);
      text(col('comment'), pick.pick(given.comment, row.id));
      if (given.evidence?.length) text(col('evidence'), given.evidence.map((e) => pick.pick(e, row.id)).join('\n'));
    }
    fitHeight(
      r,
      ASSESSMENT_COLUMNS.map((c) => c.width),
    );
  }
  finishSheet(ws, ASSESSMENT_COLUMNS.length);

  // One row per indicator: the government's value of the year, and a remark to give if the assessor has one.
  const remarkHeads = REMARK_COLUMNS.map((c) =>
    t(`assessorReturn.col.${c.key === 'text' ? 'indText' : c.key}`, { year }),
  );
  const remarks = dataSheet(wb, names.remarks, REMARK_COLUMNS, remarkHeads);
  for (const [i, c] of REMARK_COLUMNS.entries()) headings.push(['remarks', c.key, remarkHeads[i]!]);
  for (const row of o.rows) {
    const gov = government.get(row.id)!;
    const given = Object.hasOwn(mine, row.id) ? (mine[row.id]?.indicators ?? {}) : {};
    for (const [n, ind] of row.indicators.entries()) {
      const r = remarks.addRow([]);
      const values: Record<string, string> = {
        action: ind.action,
        indicator: ind.key,
        text: ind.text,
        unit: unitLabel(ind, t),
        govValue: gov.values.get(ind.key) ?? '',
      };
      const col = dataRow(r, REMARK_COLUMNS, values);
      for (const c of REMARK_COLUMNS)
        if (c.input) col(c.key).dataValidation = promptOnly(t('assessorReturn.prompt.remark'));
      const remark = indicatorEntry(given, ind.key, n);
      if (remark !== undefined) text(r.getCell(REMARK_COLUMNS.length), pick.pick(remark, ind.key));
      fitHeight(
        r,
        REMARK_COLUMNS.map((c) => c.width),
      );
    }
  }
  finishSheet(remarks, REMARK_COLUMNS.length);

  metaSheet(wb, {
    format: ASSESSMENT_FORMAT,
    plan: plan.id,
    year,
    actor: o.assessor.id,
    lang: f.lang,
    fingerprint: o.fingerprint,
    ...(o.due ? { due: o.due } : {}),
    sheets: names,
    headings,
    actionPrints: o.actionPrints,
    scale: o.scale.id,
    ...(o.assessor.declared ? { assessor: o.assessor.declared } : {}),
  });
  return workbookBytes(wb);
}

function instructions(
  o: AssessmentReturnInput,
  name: string,
  t: T,
  ratings: readonly string[],
  pick: TextPicker,
): Instructions {
  const { year, f, scale } = o;
  const named = scaleName(
    scale,
    (x, what) => pick.pick(x, what),
    (k) => t(k),
  );
  return {
    name,
    title: t('assessorReturn.title', { year }),
    lines: callLines(o, t, pick, {
      label: t('assessorReturn.assessor'),
      value: `${o.assessor.name} (${o.assessor.id})`,
    }),
    ...(illustrativeLabel(o) ? { illustrative: illustrativeLabel(o)! } : {}),
    intro: t('assessorReturn.intro', { year }),
    inputs: [
      { cell: SUBMITTED_CELL, label: t('datacall.submitted'), prompt: t('datacall.prompt.submitted'), date: true },
      { cell: METHOD_CELL, label: t('assessorReturn.method'), prompt: t('assessorReturn.prompt.method') },
    ],
    how: ['1', '2', '3', '4', '5'].map((k) => t(`assessorReturn.how.${k}`, { year })),
    legends: [
      {
        title: t('assessorReturn.levelsTitle', { scale: named }),
        rows: scale.levels.map((l, i): [string, string] => {
          const stands = t('assessorReturn.standsFor', { status: f.t(`status.${l.status}`) });
          return [ratings[i]!, scale.builtIn ? `${t(`assessorReturn.meaning.${l.id}`)} ${stands}` : stands];
        }),
      },
    ],
    protection: t('datacall.protection'),
  };
}
