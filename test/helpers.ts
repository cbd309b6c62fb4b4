import { decode } from '../src/core/load/read.js';
import type { Finding } from '../src/core/rules/finding.js';
import { type CheckedPlan, checkPlanInput } from '../src/core/validate/check-plan.js';

/** A small valid plan: every rule test starts from it and breaks one thing. */
export const PLAN = `nap: 1
id: t-2020
title: Test plan
period: { start: 2020, end: 2023 }
lang: en
languages: [en, fr]
supersedes: t-2016
coordinators: [equality]
actors:
  - id: foreign-affairs
    name: Foreign Affairs
  - id: interior
    name: Interior
  - id: interior-police
    name: Federal Police
    parent: interior
  - id: equality
    name: { en: Equality Institute, fr: Institut pour l'égalité }
objectives:
  - id: "1"
    title: Normative framework
    goals:
      - id: "1"
        title: Conventions
        actions:
          - id: 1.a
            text: Apply the conventions.
            indicators:
              - Periodic reporting under CEDAW.
              - id: women-missions
                text: Women in peace missions.
                unit: count
                disaggregation: [sex]
                baseline: { year: 2019, value: { women: 31, men: 412 } }
            actors: [foreign-affairs, equality]
            lead: equality
            due: 2022
          - id: "1.10"
            text: Train the police.
            indicators:
              - id: trained-share
                text: Share of staff trained.
                unit: percent
            actors: [interior-police]
  - id: "2"
    title: Follow-up
    actions:
      - id: 2.a
        text: Report yearly.
        indicators: [Report sent.]
        actors: [equality]
`;

export const PROGRESS = `nap: 1
plan: t-2020
year: 2021
reporter: equality
actions:
  1.a:
    status: in-progress
    summary: Half done.
    indicators:
      1: Report submitted.
      women-missions: { women: 40, men: 400 }
  2.a:
    status: completed
`;

/** A narrative for 2021 with two sections, one a text map. */
export const NARRATIVE = `nap: 1
plan: t-2020
year: 2021
introduction: { en: The year in **brief**., fr: L'année en **bref**. }
conclusions: { en: More to do., fr: Il reste à faire. }
`;

/** An assessment of 2021 by a civil-society network the plan does not name, declared in the file. */
export const ASSESSMENT = `nap: 1
plan: t-2020
year: 2021
assessor: { id: wps-network, name: WPS Network, type: civil-society }
submitted: "2022-03-08"
method: Interviews with **twelve** member organisations.
actions:
  1.a:
    rating: limited
    comment: Little beyond the report.
    evidence: ["Shadow report 2021, p. 4"]
    indicators:
      women-missions: The figures were not published.
  2.a:
    rating: substantial
    comment: { en: The report was sent late., fr: Le rapport a été envoyé en retard. }
`;

export interface InlineFiles {
  plan?: string | Uint8Array;
  /** Progress files by path below progress/, e.g. "2021.yaml" or "2021/defence.yaml". */
  progress?: Record<string, string>;
  /** Narratives by file name below narrative/, e.g. "2021.yaml". */
  narratives?: Record<string, string>;
  /** Assessments by path below assessments/, e.g. "2021.yaml" or "2021/wps-network.yaml". */
  assessments?: Record<string, string>;
  folderName?: string;
  siblings?: string[];
  /** Earlier editions beside the plan, by id: the plan.yaml texts `continues:` may name. */
  previous?: Record<string, string>;
}

/** Runs the whole validation core on inline YAML, without touching the disk. */
export function checkInline(files: InlineFiles = {}): CheckedPlan {
  const folderName = files.folderName ?? 't-2020';
  const enc = (file: string, text: string | Uint8Array) => ({
    file,
    read: decode(typeof text === 'string' ? new TextEncoder().encode(text) : text, file),
  });
  return checkPlanInput({
    folderName,
    siblingIds: new Set(files.siblings ?? [folderName, 't-2016']),
    plan: enc(`plans/${folderName}/plan.yaml`, files.plan ?? PLAN),
    ...(files.previous
      ? {
          continuedPlans: new Map(
            Object.entries(files.previous).map(([id, text]) => [id, enc(`plans/${id}/plan.yaml`, text)]),
          ),
        }
      : {}),
    progress: Object.entries(files.progress ?? { '2021.yaml': PROGRESS }).map(([name, text]) => {
      const year = /^(\d{4})[./]/.exec(name)?.[1];
      return { ...enc(`plans/${folderName}/progress/${name}`, text), ...(year ? { yearFromName: Number(year) } : {}) };
    }),
    narratives: Object.entries(files.narratives ?? {}).map(([name, text]) => {
      const year = /^(\d{4})\.ya?ml$/.exec(name)?.[1];
      return { ...enc(`plans/${folderName}/narrative/${name}`, text), ...(year ? { yearFromName: Number(year) } : {}) };
    }),
    assessments: Object.entries(files.assessments ?? {}).map(([name, text]) => {
      const year = /^(\d{4})[./]/.exec(name)?.[1];
      return {
        ...enc(`plans/${folderName}/assessments/${name}`, text),
        ...(year ? { yearFromName: Number(year) } : {}),
      };
    }),
  });
}

export function codes(findings: readonly Finding[]): string[] {
  return findings.map((f) => f.code);
}

/** Replace exactly one occurrence, so a test fails loudly when the base text changes. */
export function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at === -1 || text.indexOf(from, at + 1) !== -1) throw new Error(`edit: '${from}' must occur exactly once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}
