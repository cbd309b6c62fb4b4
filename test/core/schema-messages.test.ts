import { describe, expect, it } from 'vitest';
import { checkInline, edit, PLAN, PROGRESS } from '../helpers.js';

const planFindings = (from: string, to: string) => checkInline({ plan: edit(PLAN, from, to) }).findings;

describe('schema errors in words a clerk understands', () => {
  it('suggests the field meant by a typo and does not also report it missing', () => {
    const f = planFindings(
      '            actors: [foreign-affairs, equality]',
      '            actrs: [foreign-affairs, equality]',
    );
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toBe("unknown field 'actrs' in action 1.a — did you mean 'actors'?");
    expect(f[0]!.fix).toBe("rename 'actrs' to 'actors'");
    expect([f[0]!.line, f[0]!.column]).toEqual([35, 13]);
  });

  it('lists the allowed fields when nothing is close', () => {
    const f = planFindings('    name: Interior\n', '    name: Interior\n    budgetline: 12\n');
    expect(f[0]!.fix).toMatch(/the fields allowed here are: id, name, short, type, parent/);
  });

  it('lists the allowed values of an enum, with a suggestion', () => {
    const f = checkInline({
      progress: { '2021.yaml': edit(PROGRESS, 'status: completed', 'status: complete') },
    }).findings;
    expect(f[0]!.message).toBe(
      "'status' of the report on action 2.a is the text \"complete\", which is not allowed — did you mean 'completed'?",
    );
    expect(f[0]!.fix).toBe('use one of: not-started, in-progress, delayed, completed, discontinued');
  });

  it('says what a text field takes when given a list', () => {
    const f = planFindings('title: Test plan', 'title: [a, b]');
    expect(f.map((x) => x.message)).toEqual(["'title' must be text or a mapping of fields, but it is a list"]);
  });

  it('explains the form of a slug', () => {
    const f = planFindings('  - id: interior\n', '  - id: Interior Ministry\n');
    expect(f[0]!.message).toBe(
      '\'id\' of actor Interior Ministry is the text "Interior Ministry", which is not in the expected form',
    );
    expect(f[0]!.fix).toMatch(/^write a slug: lowercase letters, digits and single hyphens/);
  });

  it('reports a missing required field at the object that lacks it', () => {
    const f = planFindings('            text: Train the police.\n', '');
    expect(f.map((x) => `${x.code} ${x.line} ${x.message}`)).toEqual([
      "NAP021 38 action 1.10 has no 'text' (what will be done)",
    ]);
  });

  it('keeps the specific error inside a text map', () => {
    const f = planFindings(
      "{ en: Equality Institute, fr: Institut pour l'égalité }",
      '{ en: Equality Institute, FR: Institut }',
    );
    expect(f.map((x) => x.code)).toEqual(['NAP024']);
    expect(f[0]!.message).toMatch(/the key "FR" in 'name' of actor equality is not valid/);
  });

  it('reports a sex-disaggregated value missing men', () => {
    const f = planFindings('value: { women: 31, men: 412 }', 'value: { women: 31 }');
    expect(f.map((x) => x.message)).toEqual([
      "'baseline.value' of indicator 2 of action 1.a has no 'men' (value for men)",
    ]);
  });
});
