import { accountability } from '../model/accountability.js';
import type { AssessmentFileData } from '../model/assessment.js';
import type { Formatter } from '../model/format.js';
import { planLabels } from '../model/labels.js';
import type { NarrativeFileData } from '../model/narrative.js';
import { indexProgress, type ProgressFileData } from '../model/progress-index.js';
import { TextPicker } from '../model/text.js';
import type { Action, Plan } from '../model/types.generated.js';
import { idOf } from '../model/walk.js';
import type { EarlierEdition } from '../validate/editions.js';
import { abbreviationsOf } from './abbreviations.js';
import { buildActionView } from './action-view.js';
import { actorAnnexes } from './annexes.js';
import { attachAssessments } from './assessment-view.js';
import { countStatuses, withPrevious } from './counts.js';
import type { ObjectiveView, ReportModel } from './model-types.js';
import { narrativeView } from './narrative-view.js';
import { spendingOf } from './spending.js';
import { submissionsOf } from './submissions.js';

export interface ModelInput {
  plan: Plan;
  progress: readonly ProgressFileData[];
  /** The plan's narratives (narrative/<year>.yaml); the year's is shown. */
  narratives?: readonly NarrativeFileData[];
  /** Independent assessments (assessments/...); the year's are shown beside the accounts. */
  assessments?: readonly AssessmentFileData[];
  /** The earlier editions its actions continue, for each action's history. */
  earlier?: ReadonlyMap<string, EarlierEdition>;
  year: number;
  format: Formatter;
  /** Markdown to safe HTML. */
  markdown: (source: string) => string;
  now: Date;
}

/** The view model of a year's report, shared by the parliamentary report and the brief. */
export function buildReportModel(input: ModelInput): ReportModel {
  const { plan, year, format: f } = input;
  const text = new TextPicker(f.lang, plan.lang);
  const byYear = indexProgress(input.progress);
  const accounts = byYear.get(year) ?? new Map();
  const previous = byYear.get(year - 1);
  const actorNames = new Map(plan.actors.map((a) => [a.id, text.pick(a.short ?? a.name, `actor ${a.id}`)]));
  const parents = new Map(plan.actors.map((a) => [a.id, a.parent]));
  const fullNames = new Map(plan.actors.map((a) => [a.id, text.pick(a.name, `actor ${a.id}`)]));
  const ctx = { plan, year, f, text, byYear, parents, actorNames, markdown: input.markdown, earlier: input.earlier };

  const labels = planLabels(plan, text, f);
  // The previous year's statuses, for the summary: only when that year has progress.
  const previousCounts = (actions: readonly Action[]) =>
    previous
      ? countStatuses(
          actions.map((a) => ({ status: accountability(a, year - 1, byYear, parents).status })),
          f,
        )
      : undefined;
  const objectives: ObjectiveView[] = plan.objectives.map((o, oi) => {
    const objectiveId = idOf(o.id);
    const goals = (o.goals ?? []).map((g, gi) => {
      const title = text.pick(g.title, `goal ${g.id}`);
      return {
        anchor: `goal-${oi}-${gi}`,
        id: idOf(g.id),
        title,
        heading: `${labels.goal} ${idOf(g.id)}. ${title}`,
        actions: g.actions.map((a) => buildActionView(a, objectiveId, ctx)),
      };
    });
    const actions = (o.actions ?? []).map((a) => buildActionView(a, objectiveId, ctx));
    const all = [...goals.flatMap((g) => g.actions), ...actions];
    const title = text.pick(o.title, `objective ${o.id}`);
    return {
      anchor: `objective-${oi}`,
      id: objectiveId,
      title,
      heading: `${labels.objective} ${objectiveId}. ${title}`,
      descriptionHtml: o.description ? input.markdown(text.pick(o.description, `objective ${o.id}`)) : '',
      counts: withPrevious(
        countStatuses(all, f),
        previousCounts([...(o.goals ?? []).flatMap((g) => g.actions), ...(o.actions ?? [])]),
      ),
      total: all.length,
      goals,
      actions,
    };
  });
  const allActions = objectives.flatMap((o) => [...o.goals.flatMap((g) => g.actions), ...o.actions]);
  const progressIllustrative = input.progress.some((p) => p.data.illustrative === true);
  const narrative = narrativeView(input.narratives ?? [], year, f, text, input.markdown);
  const narrativeIllustrative = narrative?.illustrative === true;
  const assessments = attachAssessments(input.assessments ?? [], allActions, {
    plan,
    year,
    f,
    text,
    markdown: input.markdown,
  });
  const model: ReportModel = {
    lang: f.lang,
    planId: plan.id,
    title: text.pick(plan.title, 'title'),
    issuer: text.pick(plan.issuer, 'issuer'),
    country: plan.country ?? '',
    period: `${plan.period.start}–${plan.period.end}`,
    periodStart: plan.period.start,
    periodEnd: plan.period.end,
    year,
    generatedOn: f.date(input.now),
    generatedIso: input.now.toISOString().slice(0, 10),
    illustrative: {
      plan: plan.illustrative === true,
      progress: progressIllustrative,
      narrative: narrativeIllustrative,
      any: plan.illustrative === true || progressIllustrative || narrativeIllustrative || assessments.illustrative,
    },
    coordinators: (plan.coordinators ?? []).map((id) => ({ id, name: fullNames.get(id) ?? id })),
    coordinatorNames: (plan.coordinators ?? []).map((id) => fullNames.get(id) ?? id).join('; '),
    labels,
    labelsLower: Object.fromEntries(
      Object.entries(labels).map(([k, v]) => [k, v.toLocaleLowerCase(f.lang)]),
    ) as typeof labels,
    totals: withPrevious(
      countStatuses(allActions, f),
      previousCounts(
        plan.objectives.flatMap((o) => [...(o.goals ?? []).flatMap((g) => g.actions), ...(o.actions ?? [])]),
      ),
    ),
    totalActions: allActions.length,
    objectives,
    ...actorAnnexes(plan, allActions, actorNames, f),
    submissions: submissionsOf(input.progress, year, actorNames, f, text, input.markdown),
    spending: spendingOf(plan, accounts, actorNames, new Map(objectives.map((o) => [o.id, o.title])), f),
    abbreviations: abbreviationsOf(plan, text, f.lang),
    assessments,
    notes: [],
    warnings: [],
  };
  if (previous) model.previousYear = year - 1;
  if (narrative) model.narrative = narrative;
  if (plan.edition !== undefined) {
    model.editionNumber = plan.edition;
    model.edition = f.t('parliament.edition', { edition: plan.edition });
  }
  if (!accounts.size)
    model.warnings.push(`no progress was reported for ${year}: every action is shown as not reported`);
  if (text.untranslated.size) {
    model.notes.push(f.t('common.untranslated', { lang: f.languageName(f.lang), planLang: f.languageName(plan.lang) }));
    model.warnings.push(
      `${text.untranslated.size} texts have no '${f.lang}' version and are shown in '${plan.lang}': ${[...text.untranslated].slice(0, 8).join(', ')}${text.untranslated.size > 8 ? ', …' : ''}`,
    );
  }
  return model;
}
