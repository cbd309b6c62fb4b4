import type { ActorStatus, StatusModel } from './model.js';

const LABEL: Record<ActorStatus['state'], string> = { missing: 'MISSING', partial: 'PARTIAL', done: 'DONE' };

function list(ids: readonly string[], max = 8): string {
  return ids.length > max ? `${ids.slice(0, max).join(', ')} (+${ids.length - max})` : ids.join(', ');
}

function headline(m: StatusModel): string {
  const done = m.actors.filter((a) => a.state === 'done').length;
  const due = m.due
    ? `; due ${m.due} (today ${m.today}${m.today > m.due ? ', past due' : ''})`
    : '; no due date (nap request --due)';
  return `${m.plan} ${m.year}: ${done} of ${m.actors.length} actors have reported everything${due}${m.illustrative ? ' [illustrative plan]' : ''}`;
}

/** For people: one line per actor, late and missing first, and what is missing under it. */
export function statusText(m: StatusModel): string {
  const out = [headline(m), ''];
  const width = Math.max(...m.actors.map((a) => a.actor.length), 5);
  for (const a of m.actors) {
    const label = `${a.late ? 'LATE ' : ''}${LABEL[a.state]}`.padEnd(13);
    const parts = [`${a.actions.reported}/${a.actions.expected} actions`];
    if (a.indicators.expected) parts.push(`indicators ${a.indicators.given}/${a.indicators.expected}`);
    if (a.bySex.expected) parts.push(`per sex ${a.bySex.given}/${a.bySex.expected}`);
    parts.push(a.submitted ? `submitted ${a.submitted}` : 'not submitted');
    out.push(`${label}${a.actor.padEnd(width)}  ${parts.join('  ')}`);
    if (a.actions.discontinued.length)
      out.push(`${' '.repeat(13)}  discontinued earlier, not expected: ${list(a.actions.discontinued)}`);
    if (a.actions.missing.length) out.push(`${' '.repeat(13)}  missing actions: ${list(a.actions.missing)}`);
    if (a.indicators.missing.length && a.actions.reported)
      out.push(`${' '.repeat(13)}  missing indicators: ${list(a.indicators.missing)}`);
  }
  if (m.assessors) out.push('', ...assessorLines(m));
  return `${out.join('\n')}\n`;
}

/** The assessors asked, apart: their returns do not make the government's account complete. */
function assessorLines(m: StatusModel): string[] {
  const list = m.assessors ?? [];
  const done = list.filter((a) => a.state === 'done').length;
  const width = Math.max(...list.map((a) => a.assessor.length), 5);
  return [
    `independent assessors: ${done} of ${list.length} have sent an assessment`,
    ...list.map((a) => {
      const label = `${a.late ? 'LATE ' : ''}${LABEL[a.state]}`.padEnd(13);
      const what = a.state === 'done' ? `${a.assessed} actions assessed` : 'no assessment';
      return `${label}${a.assessor.padEnd(width)}  ${what}  ${a.submitted ? `submitted ${a.submitted}` : 'not submitted'}`;
    }),
  ];
}

/** For mailings and issues: a table. Ids are code spans, so no text from the plan can format it. */
export function statusMarkdown(m: StatusModel): string {
  const esc = (s: string) => s.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
  const rows = m.actors.map((a) =>
    [
      `${a.late ? '**late** ' : ''}${a.state}`,
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
      `${a.late ? '**late** ' : ''}${a.state}`,
      `\`${a.assessor}\` ${esc(a.name)}`,
      String(a.assessed),
      a.submitted ?? '—',
    ].join(' | '),
  );
  return [
    `## ${esc(headline(m))}`,
    '',
    '| state | actor | actions | indicators | per sex | submitted | missing actions |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r} |`),
    '',
    ...(m.assessors
      ? [
          '### Independent assessors',
          '',
          '| state | assessor | actions assessed | submitted |',
          '|---|---|---|---|',
          ...assessors.map((r) => `| ${r} |`),
          '',
        ]
      : []),
  ].join('\n');
}
