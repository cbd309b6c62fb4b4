import { Formatter } from '../model/format.js';
import { loadMessages } from '../render/messages.js';
import { TemplateSource } from '../render/template-source.js';
import type { StatusModel } from './model.js';

/** Every word of the text and markdown comes from templates/i18n (namespace datacall.tracker). */
type T = (key: string, params?: Record<string, unknown>) => string;

/** The words of nap status in a language (en, fr, nl, or a user's own messages). */
export async function statusWords(lang: string): Promise<T> {
  const { messages } = await loadMessages(await TemplateSource.open(), lang);
  const f = new Formatter(lang, messages);
  return (key, params) => f.t(key, params);
}

function list(ids: readonly string[], max = 8): string {
  return ids.length > max ? `${ids.slice(0, max).join(', ')} (+${ids.length - max})` : ids.join(', ');
}

function headline(m: StatusModel, t: T): string {
  const done = m.actors.filter((a) => a.state === 'done').length;
  const due = m.due
    ? t(m.today > m.due ? 'datacall.tracker.pastDue' : 'datacall.tracker.due', { due: m.due, today: m.today })
    : t('datacall.tracker.noDue');
  const head = t('datacall.tracker.headline', { plan: m.plan, year: m.year, done, total: m.actors.length });
  return `${head}; ${due}${m.illustrative ? ` [${t('datacall.tracker.illustrative')}]` : ''}`;
}

/** LATE MISSING, DONE ...: an actor's or an assessor's state, in capitals to stand out in a terminal. */
function stateLabel(a: { late: boolean; state: string }, t: T): string {
  return `${a.late ? `${t('datacall.tracker.late').toUpperCase()} ` : ''}${t(`datacall.tracker.state.${a.state}`).toUpperCase()}`;
}

/** For people: one line per actor, late and missing first, and what is missing under it. */
export function statusText(m: StatusModel, t: T): string {
  const out = [headline(m, t), ''];
  const labels = m.actors.map((a) => stateLabel(a, t));
  const pad = Math.max(...labels.map((l) => l.length), 12) + 1;
  const width = Math.max(...m.actors.map((a) => a.actor.length), 5);
  for (const [i, a] of m.actors.entries()) {
    const parts = [t('datacall.tracker.actions', { reported: a.actions.reported, expected: a.actions.expected })];
    if (a.indicators.expected)
      parts.push(t('datacall.tracker.indicators', { given: a.indicators.given, expected: a.indicators.expected }));
    if (a.bySex.expected) parts.push(t('datacall.tracker.bySex', { given: a.bySex.given, expected: a.bySex.expected }));
    parts.push(
      a.submitted ? t('datacall.tracker.submitted', { date: a.submitted }) : t('datacall.tracker.notSubmitted'),
    );
    out.push(`${labels[i]!.padEnd(pad)}${a.actor.padEnd(width)}  ${parts.join('  ')}`);
    if (a.actions.discontinued.length)
      out.push(`${' '.repeat(pad)}  ${t('datacall.tracker.discontinued', { list: list(a.actions.discontinued) })}`);
    if (a.actions.missing.length)
      out.push(`${' '.repeat(pad)}  ${t('datacall.tracker.missingActions', { list: list(a.actions.missing) })}`);
    if (a.indicators.missing.length && a.actions.reported)
      out.push(`${' '.repeat(pad)}  ${t('datacall.tracker.missingIndicators', { list: list(a.indicators.missing) })}`);
  }
  if (m.assessors) out.push('', ...assessorLines(m, t));
  return `${out.join('\n')}\n`;
}

/** The assessors asked, apart: their returns do not make the government's account complete. */
function assessorLines(m: StatusModel, t: T): string[] {
  const list = m.assessors ?? [];
  const done = list.filter((a) => a.state === 'done').length;
  const labels = list.map((a) => stateLabel(a, t));
  const pad = Math.max(...labels.map((l) => l.length), 12) + 1;
  const width = Math.max(...list.map((a) => a.assessor.length), 5);
  return [
    t('datacall.tracker.assessors', { done, total: list.length }),
    ...list.map((a, i) => {
      const what =
        a.state === 'done' ? t('datacall.tracker.assessed', { count: a.assessed }) : t('datacall.tracker.noAssessment');
      const when = a.submitted
        ? t('datacall.tracker.submitted', { date: a.submitted })
        : t('datacall.tracker.notSubmitted');
      return `${labels[i]!.padEnd(pad)}${a.assessor.padEnd(width)}  ${what}  ${when}`;
    }),
  ];
}

/** For mailings and issues: a table. Ids are code spans, so no text from the plan can format it. */
export function statusMarkdown(m: StatusModel, t: T): string {
  const esc = (s: string) => s.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
  const rows = m.actors.map((a) =>
    [
      `${a.late ? `**${t('datacall.tracker.late')}** ` : ''}${t(`datacall.tracker.state.${a.state}`)}`,
      `\`${a.actor}\` ${esc(a.name)}`,
      `${a.actions.reported}/${a.actions.expected}`,
      `${a.indicators.given}/${a.indicators.expected}`,
      a.bySex.expected ? `${a.bySex.given}/${a.bySex.expected}` : '—',
      a.submitted ?? '—',
      a.actions.missing.length ? list(a.actions.missing.map((id) => `\`${id}\``)) : '—',
    ].join(' | '),
  );
  const assessors = (m.assessors ?? []).map((a) =>
    [
      `${a.late ? `**${t('datacall.tracker.late')}** ` : ''}${t(`datacall.tracker.state.${a.state}`)}`,
      `\`${a.assessor}\` ${esc(a.name)}`,
      String(a.assessed),
      a.submitted ?? '—',
    ].join(' | '),
  );
  const heads = [
    t('datacall.tracker.col.state'),
    t('datacall.tracker.col.actor'),
    t('datacall.tracker.col.actions'),
    t('datacall.tracker.col.indicators'),
    t('datacall.tracker.col.bySex'),
    t('datacall.tracker.col.submitted'),
    t('datacall.tracker.col.missingActions'),
  ].map(esc);
  const assessorHeads = [
    t('datacall.tracker.col.state'),
    t('datacall.tracker.col.assessor'),
    t('datacall.tracker.col.assessed'),
    t('datacall.tracker.col.submitted'),
  ].map(esc);
  return [
    `## ${esc(headline(m, t))}`,
    '',
    `| ${heads.join(' | ')} |`,
    `|${heads.map(() => '---|').join('')}`,
    ...rows.map((r) => `| ${r} |`),
    '',
    ...(m.assessors
      ? [
          `### ${esc(t('datacall.tracker.assessorsTitle'))}`,
          '',
          `| ${assessorHeads.join(' | ')} |`,
          `|${assessorHeads.map(() => '---|').join('')}`,
          ...assessors.map((r) => `| ${r} |`),
          '',
        ]
      : []),
  ].join('\n');
}
