import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { workspace } from '../cli/harness.js';
import type { Filler } from './helpers.js';

/** A small plan with an indicator of every unit, and texts that look like formulas. */
export const UNITS_PLAN = `nap: 1
id: u-2020
title: Units test plan
period: { start: 2020, end: 2023 }
lang: en
actors:
  - id: ministry
    name: Ministry
  - id: other
    name: Other office
objectives:
  - id: "1"
    title: Everything measured
    actions:
      - id: 1.a
        text: '=HYPERLINK("http://example.invalid","click")'
        indicators:
          - id: people
            text: People trained.
            unit: count
          - id: share
            text: Share of women among staff.
            unit: percent
          - id: budget-used
            text: Budget used.
            unit: amount
            currency: EUR
          - id: law-adopted
            text: Law adopted.
            unit: yes-no
          - id: staff
            text: Staff by sex.
            unit: count
            disaggregation: [sex]
          - Narrative of the year.
        actors: [ministry]
        budget: { amount: 1000, currency: EUR }
      - id: "1.10"
        text: "+1 or -1, @everyone"
        indicators: ["-2+3"]
        actors: [ministry, other]
      - id: 2.a
        text: Another office's action.
        indicators: [Done.]
        actors: [other]
`;

export function unitsWorkspace(plan = UNITS_PLAN): string {
  const dir = workspace();
  mkdirSync(join(dir, 'plans/u-2020'), { recursive: true });
  writeFileSync(join(dir, 'plans/u-2020/plan.yaml'), plan);
  return dir;
}

/** A complete, valid answer of the ministry: every cell a clerk would fill. */
export function fillMinistry(f: Filler): void {
  f.action('1.a', 'status', 'Completed');
  f.action('1.a', 'summary', 'Trained 40 people.');
  f.action('1.a', 'spent', 800);
  f.action('1.10', 'status', 'In progress');
  f.indicator('1.a', 'people', 'value', 40);
  f.indicator('1.a', 'share', 'value', 45);
  f.indicator('1.a', 'budget-used', 'value', 800.5);
  f.indicator('1.a', 'law-adopted', 'value', 'Yes');
  f.indicator('1.a', 'staff', 'women', 12);
  f.indicator('1.a', 'staff', 'men', 30);
  f.indicator('1.a', '6', 'value', 'A good year.');
}
