import type { Formatter } from '../model/format.js';
import { DIFF_CODES, mapStrings } from '../text/map-strings.js';
import { detailLines, mainText } from './format-text.js';
import { type FollowUpView, Readable } from './readable.js';
import type { ActionChange, PlanDiff, StructureChange } from './types.js';
import type { WordOp } from './words.js';

/** The diff shaped for the HTML template: every code already in the reader's words, word operations tagged. */
export interface DiffView {
  diff: PlanDiff;
  generatedOn: string;
  title: string;
  /** Short enough for the top of every printed page. */
  runningHeader: string;
  oldPeriod: string;
  newPeriod: string;
  summaryLine: string;
  aspectsLine: string;
  dropped: { id: string; text: string; actors: string }[];
  added: { id: string; text: string; details: TaggedWord[][] }[];
  handovers: { id: string; text: string; from: string; to: string; lead?: { from: string; to: string } }[];
  followUp?: FollowUpView;
  planFields: { label: string; old: string; new: string }[];
  actors: {
    name: string;
    full: string;
    renamedFrom?: string;
    kind: string;
    gained: string;
    lost: string;
    leadGained: string;
    leadLost: string;
  }[];
  groups: {
    heading: string;
    changes: {
      id: string;
      kind: string;
      mainText: string;
      byText: boolean;
      text: TaggedWord[];
      details: TaggedWord[][];
    }[];
  }[];
  structure: (StructureChange & { id: string; wordsView?: TaggedWord[]; aspectsText: string })[];
}

export interface TaggedWord {
  tag: 'same' | 'del' | 'ins';
  text: string;
}

// Marks around inserted and deleted words in the detail lines, split into tagged words afterwards;
// removed from the plans' texts first, so no text can forge one.
const INS = ['\uE000', '\uE001'] as const;
const DEL = ['\uE002', '\uE003'] as const;
const MARKS = /[\uE000-\uE003]/g;

export function diffView(diff: PlanDiff, f: Formatter, generatedOn: string): DiffView {
  const d = mapStrings(diff, (s) => s.replace(MARKS, ''), DIFF_CODES);
  const r = new Readable(d, f);
  const aspectsText = (list: readonly string[]) => list.map((a) => f.t(`diff.aspect.${a}`)).join(', ');
  const details = (c: ActionChange) =>
    detailLines(c, r, {
      ins: (s) => `${INS[0]}${s}${INS[1]}`,
      del: (s) => `${DEL[0]}${s}${DEL[1]}`,
      words: (ops) =>
        ops
          .map((o) =>
            o.op === '=' ? o.text : o.op === '+' ? `${INS[0]}${o.text}${INS[1]}` : `${DEL[0]}${o.text}${DEL[1]}`,
          )
          .join(' '),
    }).map(tagMarked);
  const groups: DiffView['groups'] = [];
  let objective: string | undefined;
  for (const c of d.changes) {
    if (c.objective !== objective) {
      objective = c.objective;
      groups.push({ heading: r.objective(c.newPlace ?? c.oldPlace, c.objective), changes: [] });
    }
    const text: TaggedWord[] = c.words
      ? tag(c.words)
      : [
          {
            tag: c.kind === 'removed' ? 'del' : c.kind === 'added' ? 'ins' : 'same',
            text: c.newText ?? c.oldText ?? '',
          },
        ];
    groups[groups.length - 1]!.changes.push({
      id: r.id(c),
      kind: c.kind,
      mainText: mainText(c, f),
      byText: c.match?.by === 'text',
      text,
      details: details(c),
    });
  }
  const list = (ids: readonly string[]) => ids.join(', ');
  return {
    diff: d,
    generatedOn,
    title: f.t('editions.title', { old: r.plan(d.old), new: r.plan(d.new) }),
    oldPeriod: r.period(d.old.period),
    newPeriod: r.period(d.new.period),
    // Every printed page of a document made from illustrative data says so, as the report's pages do.
    runningHeader: [
      f.t('editions.runningHeader', {
        kind: f.t('diff.kind'),
        old: r.period(d.old.period),
        new: r.period(d.new.period),
      }),
      ...(d.old.illustrative || d.new.illustrative || d.followUp?.illustrative ? [f.t('common.illustrative')] : []),
    ].join(' · '),
    summaryLine: f.t('editions.countedOnce'),
    // A sentence of its own in the document, so it starts with a capital (the terminal's lines do not).
    aspectsLine: capitalised(r.summaryLines().aspects, f.lang),
    dropped: d.changes
      .filter((c) => c.kind === 'removed')
      .map((c) => ({ id: c.oldId ?? '', text: c.oldText ?? '', actors: r.actors(c.action?.actors ?? [], true) })),
    added: d.changes
      .filter((c) => c.kind === 'added')
      .map((c) => ({ id: c.newId ?? '', text: c.newText ?? '', details: details(c) })),
    handovers: r.handovers(true),
    followUp: r.followUp(),
    planFields: d.plan.map((c) => r.field(c)),
    actors: d.actors.map((a) => ({
      name: r.actor(a.id, true),
      full: a.name,
      ...(a.renamed ? { renamedFrom: a.renamed.old } : {}),
      kind: a.kind,
      gained: list(a.gained),
      lost: list(a.lost),
      leadGained: list(a.leadGained),
      leadLost: list(a.leadLost),
    })),
    groups,
    structure: d.structure.map((c) => ({
      ...c,
      id: r.id(c),
      aspectsText: aspectsText(c.aspects),
      wordsView: c.words ? tag(c.words) : undefined,
    })),
  };
}

function tag(ops: readonly WordOp[]): TaggedWord[] {
  return ops.map((o) => ({ tag: o.op === '=' ? 'same' : o.op === '-' ? 'del' : 'ins', text: o.text }));
}

/** A detail line with marked insertions and deletions as tagged runs. */
function tagMarked(line: string): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (const part of line.split(/(\uE000[^\uE001]*\uE001|\uE002[^\uE003]*\uE003)/)) {
    if (!part) continue;
    const t = part[0] === INS[0] ? 'ins' : part[0] === DEL[0] ? 'del' : 'same';
    out.push({ tag: t, text: t === 'same' ? part : part.slice(1, -1) });
  }
  return out;
}

function capitalised(s: string, lang: string): string {
  return s.charAt(0).toLocaleUpperCase(lang) + s.slice(1);
}
