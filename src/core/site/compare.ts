import type { Formatter } from '../model/format.js';
import { STATUSES } from '../model/status.js';
import { TextPicker } from '../model/text.js';
import { statusSeriesChart } from './charts.js';
import { countsIn, type PlanFacts } from './facts.js';
import { nativeLanguageName } from './languages.js';
import type { SitePage } from './pages.js';
import { relative, sitePaths } from './paths.js';

/**
 * The site's front page in one language: every plan with its languages, and the comparison
 * of plans: the share of actions in each status, per plan and year.
 */
export function rootPage(
  all: readonly PlanFacts[],
  f: Formatter,
  languagesOf: (plan: PlanFacts['plan']) => string[],
  o: {
    path: string;
    langs: readonly { lang: string; path: string }[];
    safe: (html: string) => unknown;
    generatedIso: string;
  },
): SitePage {
  const { path } = o;
  const plans = all.map((facts) => {
    const { plan } = facts;
    const langs = languagesOf(plan);
    const lang = langs.includes(f.lang) ? f.lang : plan.lang;
    const text = new TextPicker(lang, plan.lang);
    return {
      facts,
      id: plan.id,
      title: text.pick(plan.title, 'title'),
      country: plan.country ?? '',
      period: `${plan.period.start}–${plan.period.end}`,
      href: relative(path, sitePaths.home(plan.id, lang)),
      langs: langs.map((l) => ({
        lang: l,
        name: nativeLanguageName(l),
        href: relative(path, sitePaths.home(plan.id, l)),
      })),
      illustrative: Object.values(facts.illustrative).some(Boolean),
    };
  });
  const label = (s: (typeof STATUSES)[number]) => f.t(`status.${s}`);
  const rows = plans.flatMap((p) =>
    p.facts.years.map((year) => {
      const counts = countsIn(p.facts.actions, year);
      const total = p.facts.actions.length;
      return {
        plan: p.title,
        year,
        total,
        shares: counts.map((c) => ({ status: c.status, share: f.share(total ? c.count / total : 0), count: c.count })),
      };
    }),
  );
  const withYears = plans.filter((p) => p.facts.years.length);
  const chart = withYears.length
    ? o.safe(
        statusSeriesChart(
          withYears.map((p) => ({
            label: p.title,
            years: p.facts.years.map((year) => ({
              year,
              counts: countsIn(p.facts.actions, year).map((c) => ({ ...c, label: label(c.status) })),
              total: p.facts.actions.length,
            })),
          })),
          STATUSES.map((s) => ({ status: s, label: label(s), count: 0 })),
          f.t('site.compareCaption'),
        ),
      )
    : undefined;
  return {
    path,
    kind: 'site-index',
    context: {
      lang: f.lang,
      title: f.t('site.rootTitle'),
      generatedIso: o.generatedIso,
      illustrative: { any: plans.some((p) => p.illustrative) },
      langs: o.langs.map((l) => ({
        lang: l.lang,
        name: nativeLanguageName(l.lang),
        href: relative(path, l.path),
        current: l.lang === f.lang,
      })),
      plans,
      compare: { several: plans.length > 1, heads: STATUSES.map(label), rows, chart },
    },
  };
}
