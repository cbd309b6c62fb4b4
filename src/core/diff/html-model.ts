import type { Formatter } from '../model/format.js';
import type { ActionChange, PlanDiff, StructureChange } from './types.js';
import type { WordOp } from './words.js';

/** The diff shaped for the HTML template: changes grouped by objective, word operations tagged. */
export interface DiffView {
  diff: PlanDiff;
  generatedOn: string;
  groups: {
    objective: string;
    changes: (ActionChange & { id: string; wordsView?: TaggedWord[]; aspectsText: string; movedText?: string })[];
  }[];
  structure: (StructureChange & { id: string; wordsView?: TaggedWord[]; aspectsText: string })[];
}

export interface TaggedWord {
  tag: 'same' | 'del' | 'ins';
  text: string;
}

export function diffView(diff: PlanDiff, f: Formatter, generatedOn: string): DiffView {
  const aspectsText = (list: readonly string[]) => list.map((a) => f.t(`diff.aspect.${a}`)).join(', ');
  const groups: DiffView['groups'] = [];
  for (const c of diff.changes) {
    let g = groups[groups.length - 1];
    if (!g || g.objective !== c.objective) {
      g = { objective: c.objective, changes: [] };
      groups.push(g);
    }
    g.changes.push({
      ...c,
      id: idLabel(c.oldId, c.newId),
      aspectsText: aspectsText(c.aspects),
      wordsView: c.words ? tag(c.words) : undefined,
      movedText: c.aspects.includes('moved') ? `${c.oldPath} → ${c.newPath}` : undefined,
    });
  }
  return {
    diff,
    generatedOn,
    groups,
    structure: diff.structure.map((c) => ({
      ...c,
      id: idLabel(c.oldId, c.newId),
      aspectsText: aspectsText(c.aspects),
      wordsView: c.words ? tag(c.words) : undefined,
    })),
  };
}

function idLabel(oldId?: string, newId?: string): string {
  return oldId && newId && oldId !== newId ? `${oldId} → ${newId}` : (newId ?? oldId ?? '');
}

function tag(ops: readonly WordOp[]): TaggedWord[] {
  return ops.map((o) => ({ tag: o.op === '=' ? 'same' : o.op === '-' ? 'del' : 'ins', text: o.text }));
}
