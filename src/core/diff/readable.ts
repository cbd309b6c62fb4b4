import type { Formatter } from '../model/format.js';
import { STATUSES } from '../model/status.js';
import {
  ACTION_ASPECTS,
  type ActionChange,
  type FieldChange,
  type FollowedAction,
  type Place,
  type PlanDiff,
  type PlanRef,
} from './types.js';

/** The follow-up of the old edition's commitments, in words. */
export interface FollowUpView {
  heading: string;
  illustrative: boolean;
  statusLine: string;
  dropped: { heading: string; items: { id: string; status: string; text: string }[] };
  carried: { heading: string; byStatus: { status: string; ids: string }[] };
  repeated: { heading: string; items: { id: string; status: string; text: string }[] };
  concluded: { heading: string; ids: string };
}

/**
 * The diff's codes in the reader's words: actors by name (short names in tables), objectives and
 * goals by number and title, money and dates for the language. Shared by every format, so text,
 * Markdown and HTML say the same thing.
 */
export class Readable {
  constructor(
    readonly diff: PlanDiff,
    readonly f: Formatter,
  ) {}

  /** An actor's name; its short name when asked and it has one; the id when neither edition knows it. */
  actor(id: string, short = false): string {
    const n = this.diff.actorNames[id];
    if (!n) return id;
    return short && n.short ? n.short : n.name;
  }

  actors(ids: readonly string[], short = false): string {
    return ids.map((id) => this.actor(id, short)).join(', ');
  }

  /** "500000 EUR" as the language writes money: €500,000, 500 000 €. */
  money(s: string | null | undefined): string {
    if (!s) return this.none();
    const m = /^(\S+) ([A-Z]{3})$/.exec(s);
    return m ? this.f.money(Number(m[1]), m[2]!) : s;
  }

  /** A year stays a year; an ISO date is written out: 30 June 2022, 30 juin 2022. */
  due(s: string | null | undefined): string {
    if (!s) return this.none();
    return /^\d{4}-\d{2}-\d{2}$/.test(s) ? this.f.isoDate(s) : s;
  }

  period(p: string): string {
    return p.replace('-', '–');
  }

  /** A plan by its title and period. */
  plan(ref: PlanRef): string {
    return `${ref.title} (${this.period(ref.period)})`;
  }

  /** The summary in three lines, each count agreeing with its number (1 ajoutée, 2 ajoutées). */
  summaryLines(): { actions: string; aspects: string; structure: string } {
    const s = this.diff.summary;
    const f = this.f;
    const main = ['added', 'removed', 'moved', 'reworded', 'renumbered', 'modified', 'unchanged'] as const;
    const structure = (added: number, removed: number) =>
      [f.t('diff.structureCount.added', { count: added }), f.t('diff.structureCount.removed', { count: removed })].join(
        ', ',
      );
    return {
      actions: f.t('diff.actionsLine', { list: main.map((k) => f.t(`diff.count.${k}`, { count: s[k] })).join(', ') }),
      aspects: f.t('editions.aspectsLine', {
        list: ACTION_ASPECTS.map((a) => f.t(`editions.aspectCount.${a}`, { count: s.aspects[a] })).join(', '),
      }),
      structure: f.t('diff.structureLine', {
        objectives: structure(s.objectivesAdded, s.objectivesRemoved),
        goals: structure(s.goalsAdded, s.goalsRemoved),
        actorChanges: s.actorChanges,
      }),
    };
  }

  /** "label: text", with the language's spacing before the colon. */
  labelled(label: string, text: string): string {
    return this.f.t('editions.fieldLine', { label, change: text });
  }

  /** Parts joined by semicolons, with the language's spacing. */
  parts(list: readonly string[]): string {
    return list.join(this.f.t('editions.separator'));
  }

  none(): string {
    return this.f.t('editions.none');
  }

  quoted(text: string): string {
    return this.f.t('editions.quoted', { text });
  }

  /** "Objective 3: Title". */
  objective(place: Place | undefined, fallbackId: string): string {
    const label = this.f.t('labels.objective');
    return place
      ? this.f.t('editions.heading', { label, id: place.objective.id, title: place.objective.title })
      : `${label} ${fallbackId}`;
  }

  /** "goal 14 “Title”", or "objective 3 “Title”" for an action directly under an objective. */
  place(p: Place): string {
    return p.goal
      ? `${this.f.t('diff.level.goal')} ${p.goal.id} ${this.quoted(p.goal.title)}`
      : `${this.f.t('diff.level.objective')} ${p.objective.id} ${this.quoted(p.objective.title)}`;
  }

  /** Where a moved action went: "from goal 17 “…” (objective 3) to goal 14 “…” (objective 3)". */
  moved(c: ActionChange): string {
    const side = (p: Place | undefined, path: string | undefined) =>
      p ? `${this.place(p)}${p.goal ? ` (${this.f.t('diff.level.objective')} ${p.objective.id})` : ''}` : (path ?? '');
    return this.f.t('editions.movedLine', { from: side(c.oldPlace, c.oldPath), to: side(c.newPlace, c.newPath) });
  }

  /** The id of a change: "4.d → 28.g" when renumbered. */
  id(c: { oldId?: string; newId?: string }): string {
    return c.oldId && c.newId && c.oldId !== c.newId ? `${c.oldId} → ${c.newId}` : (c.newId ?? c.oldId ?? '');
  }

  /** A plan-level field in the reader's words: its label, and both values written for the language. */
  field(c: FieldChange): { label: string; old: string; new: string } {
    const value = (v: string) => (v === '' ? this.none() : this.fieldValue(c.field, v));
    const label = c.field.startsWith('labels.')
      ? this.f.t('editions.field.label', { level: this.f.t(`labels.${c.field.slice(7)}`) })
      : this.f.t(`editions.field.${c.field}`);
    return { label, old: value(c.old), new: value(c.new) };
  }

  private fieldValue(field: string, v: string): string {
    switch (field) {
      case 'period':
        return this.period(v);
      case 'lang':
        return this.f.languageName(v);
      case 'languages':
        return v
          .split(', ')
          .map((l) => this.f.languageName(l))
          .join(', ');
      case 'adopted':
        return this.due(v);
      case 'coordinators':
        return this.actors(v.split(', '));
      case 'illustrative':
        return this.f.t(v === 'true' ? 'common.yes' : 'common.no');
      default:
        return v;
    }
  }

  /** "FPS Interior → Federal Police", or who joined or left when nobody took over. */
  handover(from: string, to: string): string {
    if (from && to) return this.f.t('editions.fromTo', { from, to });
    if (to) return this.f.t('editions.joined', { list: to });
    return from ? this.f.t('editions.left', { list: from }) : '';
  }

  /** Actions handed from some actors to others, or whose lead changed: what a ministry looks for first. */
  handovers(
    short = false,
  ): { id: string; text: string; from: string; to: string; lead?: { from: string; to: string } }[] {
    return this.diff.changes
      .filter((c) => c.actors || c.lead)
      .map((c) => ({
        id: this.id(c),
        text: c.newText ?? '',
        from: this.actors(c.actors?.removed ?? [], short),
        to: this.actors(c.actors?.added ?? [], short),
        ...(c.lead
          ? {
              lead: {
                from: c.lead.old ? this.actor(c.lead.old, short) : this.none(),
                to: c.lead.new ? this.actor(c.lead.new, short) : this.none(),
              },
            }
          : {}),
      }));
  }

  /** What became of the old edition's commitments, or undefined without its progress files. */
  followUp(): FollowUpView | undefined {
    const fu = this.diff.followUp;
    if (!fu) return undefined;
    const f = this.f;
    const statusOf = (a: FollowedAction) =>
      a.year === undefined
        ? f.t('status.not-reported')
        : f.t('editions.statusIn', { status: f.t(`status.${a.status}`), year: a.year });
    const of = (fate: FollowedAction['fate']) => fu.actions.filter((a) => a.fate === fate);
    const item = (a: FollowedAction) => ({ id: this.id(a), status: statusOf(a), text: a.text });
    const counted = STATUSES.map((st) => [st, fu.actions.filter((a) => a.status === st).length] as const);
    const carried = of('carried');
    return {
      heading: f.t('editions.followUp', { plan: this.plan(this.diff.old) }),
      illustrative: fu.illustrative,
      statusLine: f.t('editions.statusLine', {
        years: fu.years.join(', '),
        list: counted
          .filter(([, n]) => n > 0)
          .map(([st, n]) => `${f.t(`status.${st}`)} ${n}`)
          .join(', '),
      }),
      dropped: { heading: f.t('editions.fate.dropped', { count: fu.counts.dropped }), items: of('dropped').map(item) },
      carried: {
        heading: f.t('editions.fate.carried', { count: fu.counts.carried }),
        byStatus: STATUSES.flatMap((st) => {
          const list = carried.filter((a) => a.status === st);
          return list.length
            ? [{ status: `${f.t(`status.${st}`)} (${list.length})`, ids: list.map((a) => this.id(a)).join(', ') }]
            : [];
        }),
      },
      repeated: {
        heading: f.t('editions.fate.repeated', { count: fu.counts.repeated }),
        items: of('repeated').map(item),
      },
      concluded: {
        heading: f.t('editions.fate.concluded', { count: fu.counts.concluded }),
        ids: of('concluded')
          .map((a) => a.oldId)
          .join(', '),
      },
    };
  }
}
