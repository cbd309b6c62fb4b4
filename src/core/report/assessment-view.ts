import {
  type AssessmentFileData,
  type AssessorInfo,
  assessorId,
  assessorOf,
  type LevelSpec,
  levelLabel as labelOf,
  scaleName,
  scaleOf,
  stepsBelow,
} from '../model/assessment.js';
import type { Formatter } from '../model/format.js';
import type { Status } from '../model/status.js';
import type { TextPicker } from '../model/text.js';
import type { Plan } from '../model/types.generated.js';
import type { ActionView, AssessmentRow, AssessmentsModel, AssessmentView, AssessorView } from './model-types.js';

interface Ctx {
  plan: Plan;
  year: number;
  f: Formatter;
  text: TextPicker;
  markdown: (s: string) => string;
}

/**
 * Attaches the year's assessments to the actions they assess (in place, after each action's
 * government accounts) and gathers the comparisons the documents summarise.
 */
export function attachAssessments(
  files: readonly AssessmentFileData[],
  actions: readonly ActionView[],
  ctx: Ctx,
): AssessmentsModel {
  const byId = new Map(actions.map((a) => [a.id, a]));
  const assessors: AssessorView[] = [];
  const rows: { row: AssessmentRow; order: number; kind: 'differs' | 'unreported' | 'well' | 'none' }[] = [];
  const order = new Map(actions.map((a, i) => [a.id, i]));
  const year = files.filter((f) => f.data.year === ctx.year);
  for (const { data } of year) {
    const who = assessorOf(data, ctx.plan) ?? fallbackAssessor(assessorId(data));
    const scale = scaleOf(data, ctx.plan);
    if (!scale) continue; // validation refuses an unknown scale; nothing to show without one
    const illustrative = data.illustrative === true;
    const name = ctx.text.pick(who.name, `assessor ${who.id}`);
    const short = who.short ? ctx.text.pick(who.short, `assessor ${who.id}`) : name;
    const view: AssessorView = {
      id: who.id,
      name,
      short,
      ...(who.type ? { type: who.type } : {}),
      typeLabel: who.type ? ctx.f.t(`assessment.type.${who.type}`) : '',
      illustrative,
      methodHtml: data.method ? ctx.markdown(ctx.text.pick(data.method, `method of ${who.id}`)) : '',
      scaleId: scale.id,
      scale: scaleName(
        scale,
        (x, what) => ctx.text.pick(x, what),
        (k) => ctx.f.t(k),
      ),
      actions: 0,
    };
    if (data.method) view.method = ctx.text.pick(data.method, `method of ${who.id}`);
    if (data.submitted) {
      view.submitted = ctx.f.isoDate(data.submitted);
      view.submittedIso = data.submitted;
    }
    assessors.push(view);
    for (const [id, a] of Object.entries(data.actions)) {
      const action = byId.get(id);
      if (!a || !action) continue;
      const level = scale.levels.find((l) => l.id === a.rating);
      if (!level) continue;
      view.actions++;
      const comment = ctx.text.pick(a.comment, `assessment of ${id}`);
      const assessment: AssessmentView = {
        assessorId: who.id,
        assessor: name,
        assessorShort: short,
        illustrative,
        level: level.id,
        levelIndex: scale.levels.indexOf(level),
        levelLabel: levelLabel(level, ctx),
        levelStatus: level.status,
        commentHtml: ctx.markdown(comment),
        comment,
        evidence: a.evidence ?? [],
        indicators: Object.entries(a.indicators ?? {}).map(([key, remark]) => {
          // By position (1, 2 ...) or id, as in a progress file; shown by the indicator's own text.
          const ind = action.indicators.find((i) => i.key === key || String(i.position) === key);
          return {
            label: ind ? ind.text : key,
            html: ctx.markdown(ctx.text.pick(remark, `remark on ${id}`)),
          };
        }),
      };
      if (level.colour) assessment.levelColour = level.colour;
      const steps = stepsBelow(action.status, level.status);
      if (steps !== undefined) assessment.below = steps;
      action.assessments = [...(action.assessments ?? []), assessment];
      const row: AssessmentRow = {
        actionId: id,
        anchor: action.anchor,
        actionText: action.text,
        assessorId: who.id,
        assessor: short,
        governmentStatus: action.status,
        governmentLabel: action.statusLabel,
        levelLabel: assessment.levelLabel,
        steps: Math.max(steps ?? 0, 0),
        illustrative,
      };
      if (level.colour) row.levelColour = level.colour;
      rows.push({ row, order: order.get(id) ?? 0, kind: kindOf(action.status, level.status, steps) });
    }
  }
  const pick = (kind: (typeof rows)[number]['kind']) => rows.filter((r) => r.kind === kind);
  return {
    any: assessors.length > 0,
    illustrative: assessors.some((a) => a.illustrative),
    assessors,
    differences: pick('differs')
      .sort((a, b) => b.row.steps - a.row.steps || a.order - b.order)
      .map((r) => r.row),
    unreported: pick('unreported')
      .sort((a, b) => a.order - b.order)
      .map((r) => r.row),
    wentWell: pick('well')
      .sort((a, b) => a.order - b.order)
      .map((r) => r.row),
  };
}

function kindOf(
  government: Status,
  level: Status,
  steps: number | undefined,
): 'differs' | 'unreported' | 'well' | 'none' {
  if (government === 'not-reported') return 'unreported';
  if (steps === undefined) return 'none';
  if (steps > 0) return 'differs';
  return level === 'in-progress' || level === 'completed' ? 'well' : 'none';
}

function levelLabel(level: LevelSpec, ctx: Ctx): string {
  return labelOf(
    level,
    (text, what) => ctx.text.pick(text, what),
    (key) => ctx.f.t(key),
  );
}

function fallbackAssessor(id: string): AssessorInfo {
  return { id, name: id, inFile: true };
}
