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
    if (a.actions.missing.length) out.push(`${' '.repeat(13)}  missing actions: ${list(a.actions.missing)}`);
    if (a.indicators.missing.length && a.actions.reported)
      out.push(`${' '.repeat(13)}  missing indicators: ${list(a.indicators.missing)}`);
  }
  return `${out.join('\n')}\n`;
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
  return [
    `## ${esc(headline(m))}`,
    '',
    '| state | actor | actions | indicators | per sex | submitted | missing actions |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r} |`),
    '',
  ].join('\n');
}
