import type { Formatter } from '../model/format.js';
import { planLabels } from '../model/labels.js';
import { STATUSES, type Status } from '../model/status.js';
import { TextPicker } from '../model/text.js';
import { measureText } from '../model/trends.js';
import { actionHistory, historyStepWords } from '../validate/editions.js';
import { differencesByYear, type Rating, siteAssessments } from './assessments.js';
import { indicatorChart, type Level, type SeriesGroup, statusSeriesChart } from './charts.js';
import type { EditionLinks } from './editions.js';
import { type ActionFacts, countsIn, type IndicatorFacts, type PlanFacts } from './facts.js';
import { nativeLanguageName } from './languages.js';
import { relative, sitePaths } from './paths.js';
import { valuesTable } from './values.js';

/** One page of the site: where it goes, its template and what the template shows. */
export interface SitePage {
  path: string;
  kind: 'site-index' | 'site-home' | 'site-objective' | 'site-action' | 'site-actor' | 'site-assessor' | 'site-search';
  context: Record<string, unknown>;
}

export interface PageTools {
  f: Formatter;
  markdown: (s: string) => string;
  /** Inserts nap's own markup (a chart) as it is. */
  safe: (html: string) => unknown;
  /** The plan's languages, for the language switch. */
  langs: readonly string[];
  generatedIso: string;
  /** Files offered for download, relative to the site root, with their labels. */
  downloads: readonly { path: string; label: string }[];
  /** Whether the site holds several plans (then the root page compares them). */
  rootHref: string;
  /** The other editions in the site, for links along an action's history. */
  editions?: EditionLinks;
}

const statusLabel = (f: Formatter, s: Status) => f.t(`status.${s}`);

/** Every page of one plan in one language. */
export function planPages(facts: PlanFacts, t: PageTools): SitePage[] {
  const { plan } = facts;
  const { f } = t;
  const lang = f.lang;
  const text = new TextPicker(lang, plan.lang);
  const P = plan.id;
  const actorName = new Map(plan.actors.map((a) => [a.id, text.pick(a.short ?? a.name, `actor ${a.id}`)]));
  const labels = planLabels(plan, text, f);
  const title = text.pick(plan.title, 'title');
  const objectiveTitle = new Map(
    facts.objectives.map((o) => [o.id, text.pick(o.objective.title, `objective ${o.id}`)]),
  );
  const langNames = new Map(t.langs.map((l) => [l, nativeLanguageName(l)]));
  const legend = STATUSES.map((s) => ({ status: s, label: statusLabel(f, s), count: 0 }));
  const assessed = siteAssessments(facts.assessments, facts, f, text);
  const assessorNames = new Map(assessed.assessors.map((a) => [a.id, a.short]));
  /** A rating as the pages show it, its links made from the page at `from`. */
  const ratingView = (from: string, r: Rating) => ({
    ...r,
    assessorHref: relative(from, sitePaths.assessor(P, lang, r.assessorId)),
    actionHref: relative(from, sitePaths.action(P, lang, r.actionId)),
    actionText: text.pick(facts.actions.find((a) => a.id === r.actionId)!.action.text, `action ${r.actionId}`),
    commentHtml: t.safe(t.markdown(r.comment)),
    remarks: r.remarks.map((x) => ({ label: x.label, html: t.safe(t.markdown(x.comment)) })),
    isBelow: (r.below ?? 0) > 0,
    stepsLabel:
      r.below === undefined
        ? f.t('siteFollow.notComparable')
        : r.below > 0
          ? f.t('assessment.steps', { count: r.below })
          : f.t('siteFollow.notBelow'),
  });

  /** What every page of the plan shares, for the page at `path` and its counterpart in each language. */
  const frame = (path: string, samePage: (l: string) => string, pageTitle: string) => ({
    lang,
    title: pageTitle,
    planTitle: title,
    labels,
    illustrative: { ...facts.illustrative, any: Object.values(facts.illustrative).some(Boolean) },
    generatedIso: t.generatedIso,
    nav: {
      root: relative(path, t.rootHref),
      home: relative(path, sitePaths.home(P, lang)),
      search: relative(path, sitePaths.search(P, lang)),
    },
    langs: t.langs.map((l) => ({
      lang: l,
      name: langNames.get(l),
      href: relative(path, samePage(l)),
      current: l === lang,
    })),
  });
  const statusCells = (a: ActionFacts) =>
    a.byYear.map(({ year, who }) => ({ year, status: who.status, label: statusLabel(f, who.status) }));
  const actionRow = (from: string, a: ActionFacts) => ({
    id: a.id,
    text: text.pick(a.action.text, `action ${a.id}`),
    href: relative(from, sitePaths.action(P, lang, a.id)),
    statuses: statusCells(a),
  });
  const yearTable = (groups: { label: string; href?: string; actions: readonly ActionFacts[] }[]) =>
    groups.flatMap((g) =>
      facts.years.map((year) => {
        const counts = countsIn(g.actions, year);
        return { label: g.label, href: g.href, year, counts, total: g.actions.length };
      }),
    );
  const seriesChart = (groups: { label: string; actions: readonly ActionFacts[] }[], caption: string) =>
    facts.years.length
      ? t.safe(
          statusSeriesChart(
            groups.map(
              (g): SeriesGroup => ({
                label: g.label,
                years: facts.years.map((year) => ({
                  year,
                  counts: countsIn(g.actions, year).map((c) => ({ ...c, label: statusLabel(f, c.status) })),
                  total: g.actions.length,
                })),
              }),
            ),
            legend,
            caption,
          ),
        )
      : undefined;
  const statusHeads = STATUSES.map((s) => statusLabel(f, s));
  const pages: SitePage[] = [];

  // Home: the plan, its years, the status per objective per year.
  {
    const path = sitePaths.home(P, lang);
    const groups = facts.objectives.map((o) => ({
      label: `${labels.objective} ${o.id}`,
      href: relative(path, sitePaths.objective(P, lang, o.id)),
      actions: o.actions,
    }));
    pages.push({
      path,
      kind: 'site-home',
      context: {
        ...frame(path, (l) => sitePaths.home(P, l), title),
        plan: {
          id: P,
          issuer: text.pick(plan.issuer, 'issuer'),
          country: plan.country ?? '',
          period: `${plan.period.start}–${plan.period.end}`,
          edition: plan.edition,
          adopted: plan.adopted,
          actions: facts.actions.length,
        },
        years: facts.years,
        chart: seriesChart(groups, f.t('site.chartCaption', { objective: labels.objective })),
        table: { heads: statusHeads, rows: yearTable(groups) },
        objectives: facts.objectives.map((o) => ({
          id: o.id,
          title: objectiveTitle.get(o.id),
          href: relative(path, sitePaths.objective(P, lang, o.id)),
          actions: o.actions.length,
        })),
        actors: plan.actors.map((a) => ({
          name: text.pick(a.name, `actor ${a.id}`),
          href: relative(path, sitePaths.actor(P, lang, a.id)),
        })),
        downloads: t.downloads.map((d) => ({ label: d.label, href: relative(path, d.path) })),
        differences: differencesByYear(assessed.ratings).map((d) => ({
          year: d.year,
          rows: d.rows.map((r) => ratingView(path, r)),
        })),
        assessors: assessed.assessors.map((a) => ({
          name: a.name,
          href: relative(path, sitePaths.assessor(P, lang, a.id)),
          type: a.type,
          illustrative: a.illustrative,
        })),
      },
    });
  }

  for (const o of facts.objectives) {
    const path = sitePaths.objective(P, lang, o.id);
    const heading = `${labels.objective} ${o.id}. ${objectiveTitle.get(o.id)}`;
    const group = [{ label: `${labels.objective} ${o.id}`, actions: o.actions }];
    pages.push({
      path,
      kind: 'site-objective',
      context: {
        ...frame(path, (l) => sitePaths.objective(P, l, o.id), heading),
        descriptionHtml: o.objective.description
          ? t.safe(t.markdown(text.pick(o.objective.description, `objective ${o.id}`)))
          : '',
        years: facts.years,
        chart: seriesChart(group, f.t('site.chartCaption', { objective: labels.objective })),
        table: { heads: statusHeads, rows: yearTable(group) },
        actions: o.actions.map((a) => actionRow(path, a)),
      },
    });
  }

  for (const a of facts.actions) {
    const path = sitePaths.action(P, lang, a.id);
    const goal = plan.objectives
      .flatMap((o) => o.goals ?? [])
      .find((g) => a.goalId !== undefined && String(g.id) === a.goalId);
    pages.push({
      path,
      kind: 'site-action',
      context: {
        ...frame(path, (l) => sitePaths.action(P, l, a.id), `${labels.action} ${a.id}`),
        id: a.id,
        text: text.pick(a.action.text, `action ${a.id}`),
        objective: {
          id: a.objectiveId,
          title: objectiveTitle.get(a.objectiveId),
          href: relative(path, sitePaths.objective(P, lang, a.objectiveId)),
        },
        goal: goal ? { id: String(goal.id), title: text.pick(goal.title, `goal ${goal.id}`) } : undefined,
        actors: a.action.actors.map((id) => ({
          name: actorName.get(id) ?? id,
          href: relative(path, sitePaths.actor(P, lang, id)),
          lead: id === a.action.lead,
        })),
        due: a.action.due === undefined ? undefined : String(a.action.due),
        budget: a.action.budget ? f.money(a.action.budget.amount, a.action.budget.currency) : undefined,
        notesHtml: a.action.notes ? t.safe(t.markdown(text.pick(a.action.notes, `notes of ${a.id}`))) : '',
        statuses: a.byYear.map(({ year, who }) => ({
          year,
          status: who.status,
          label: statusLabel(f, who.status),
          missing: who.missing.map((m) => actorName.get(m) ?? m).join(', '),
        })),
        indicators: (a.action.indicators ?? []).map((ind, i) => {
          const facts_ = a.indicators.find((x) => x.position === i + 1);
          const view = facts_ ? indicatorView(facts_, f, labels.indicator) : undefined;
          return {
            text: typeof ind === 'string' ? ind : text.pick(ind.text, `indicator ${i + 1} of ${a.id}`),
            chart: view?.hasChart ? t.safe(view.chart) : undefined,
            table: valuesTable(ind, a.reported[i]!, f, actorName),
          };
        }),
        history: actionHistory(a.action, facts.earlier, text).map((step) => {
          const href = t.editions?.action(step.plan, step.action, lang);
          return { ...historyStepWords(step, f), href: href && relative(path, href) };
        }),
        continuedIn: (t.editions?.continuedBy(P, a.id) ?? []).map((c) => {
          const later = new TextPicker(lang, c.plan.lang);
          const href = t.editions?.action(c.plan.id, c.action, lang);
          return {
            id: c.action,
            plan: `${later.pick(c.plan.title, `title of ${c.plan.id}`)} (${c.plan.period.start}–${c.plan.period.end})`,
            href: href && relative(path, href),
          };
        }),
        assessed: assessed.ratings.some((r) => r.actionId === a.id),
        years: yearsWith(facts.years, assessed.ratings).map((year) => ({
          year,
          ratings: assessed.ratings
            .filter((r) => r.year === year && r.actionId === a.id)
            .map((r) => ratingView(path, r)),
          accounts: facts.progress.flatMap((p) => {
            if (p.data.year !== year) return [];
            const r = p.data.actions[a.id];
            if (!r) return [];
            return [
              {
                reporter: p.data.reporter ? (actorName.get(p.data.reporter) ?? p.data.reporter) : undefined,
                // Only an actor of the plan has a page to link to.
                reporterHref:
                  p.data.reporter && actorName.has(p.data.reporter)
                    ? relative(path, sitePaths.actor(P, lang, p.data.reporter))
                    : undefined,
                status: r.status,
                label: statusLabel(f, r.status),
                summaryHtml: r.summary ? t.safe(t.markdown(text.pick(r.summary, `summary of ${a.id}`))) : '',
                spent: r.spent ? f.money(r.spent.amount, r.spent.currency) : undefined,
                sources: (r.sources ?? []).map((s) => text.pick(s, `sources of ${a.id}`)),
                illustrative: p.data.illustrative === true,
              },
            ];
          }),
        })),
      },
    });
  }

  for (const actor of plan.actors) {
    const path = sitePaths.actor(P, lang, actor.id);
    const mine = facts.actions.filter((a) => a.action.actors.includes(actor.id));
    const parent = actor.parent;
    pages.push({
      path,
      kind: 'site-actor',
      context: {
        ...frame(path, (l) => sitePaths.actor(P, l, actor.id), text.pick(actor.name, `actor ${actor.id}`)),
        short: actor.short ? text.pick(actor.short, `actor ${actor.id}`) : undefined,
        assessorHref: assessorNames.has(actor.id) ? relative(path, sitePaths.assessor(P, lang, actor.id)) : undefined,
        type: actor.type,
        parent: parent
          ? {
              name: actorName.get(parent) ?? parent,
              href: actorName.has(parent) ? relative(path, sitePaths.actor(P, lang, parent)) : undefined,
            }
          : undefined,
        years: facts.years,
        actions: mine.map((a) => ({
          ...actionRow(path, a),
          lead: a.action.lead === actor.id,
          statuses: a.byYear.map(({ year, who }) => {
            const s = who.byActor.get(actor.id) ?? 'not-reported';
            return { year, status: s, label: statusLabel(f, s) };
          }),
        })),
        submissions: facts.progress
          .filter((p) => p.data.reporter === actor.id)
          .sort((x, y) => x.data.year - y.data.year)
          .map((p) => ({
            year: p.data.year,
            submitted: p.data.submitted ?? '',
            actions: Object.values(p.data.actions).filter(Boolean).length,
            illustrative: p.data.illustrative === true,
          })),
      },
    });
  }

  for (const who of assessed.assessors) {
    const path = sitePaths.assessor(P, lang, who.id);
    pages.push({
      path,
      kind: 'site-assessor',
      context: {
        ...frame(path, (l) => sitePaths.assessor(P, l, who.id), who.name),
        short: who.short === who.name ? undefined : who.short,
        type: who.type,
        assessorIllustrative: who.illustrative,
        // An assessor that is also an actor of the plan has its commitments on its actor page.
        actorHref: actorName.has(who.id) ? relative(path, sitePaths.actor(P, lang, who.id)) : undefined,
        years: who.years.map((y) => ({
          ...y,
          methodHtml: y.method ? t.safe(t.markdown(y.method)) : '',
          ratings: y.ratings.map((r) => ratingView(path, r)),
        })),
      },
    });
  }

  {
    const path = sitePaths.search(P, lang);
    const index = facts.actions.map((a) => ({
      id: a.id,
      text: text.pick(a.action.text, `action ${a.id}`),
      objective: `${labels.objective} ${a.objectiveId}`,
      href: relative(path, sitePaths.action(P, lang, a.id)),
    }));
    pages.push({
      path,
      kind: 'site-search',
      context: {
        ...frame(path, (l) => sitePaths.search(P, l), f.t('site.search')),
        // Inside <script type="application/json">: '<' escaped so no text can close the element.
        index: t.safe(JSON.stringify(index).replace(/</g, '\\u003c')),
        count: index.length,
      },
    });
  }
  return pages;
}

/** An indicator's chart: the measure tracked per year, with baseline and target (the table is valuesTable's). */
function indicatorView(x: IndicatorFacts, f: Formatter, indicatorLabel: string) {
  const ind = x.indicator;
  const show = (v: number) => measureText(f, x.progressBy, ind, v);
  const noValue = f.t('parliament.noValue');
  const measure = f.t(`indicator.measure.${x.progressBy}`);
  const level = (p: IndicatorFacts['baseline'], label: string): Level | undefined =>
    p && { value: p.measure, label: `${label} ${show(p.measure)}`, ...(p.year === undefined ? {} : { year: p.year }) };
  return {
    chart: indicatorChart(
      x.series.map((s) => ({
        year: s.year,
        value: s.measure,
        text: s.measure === undefined ? noValue : show(s.measure),
      })),
      { baseline: level(x.baseline, f.t('site.baseline')), target: level(x.target, f.t('site.target')) },
      f.t('site.indicatorCaption', { indicator: indicatorLabel, measure }),
    ),
    hasChart: x.series.some((s) => s.measure !== undefined),
  };
}

/** The years with progress and the years with assessments, in order. */
function yearsWith(years: readonly number[], ratings: readonly Rating[]): number[] {
  return [...new Set([...years, ...ratings.map((r) => r.year)])].sort((a, b) => a - b);
}
