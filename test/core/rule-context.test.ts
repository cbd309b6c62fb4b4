import { describe, expect, expectTypeOf, it } from 'vitest';
import { parseYaml } from '../../src/core/load/yaml.js';
import { planLookup } from '../../src/core/model/plan-lookup.js';
import type { Plan, Progress } from '../../src/core/model/types.generated.js';
import { eachAction } from '../../src/core/model/walk.js';
import type { FileContext, Part } from '../../src/core/rules/context.js';
import { checksOf } from '../../src/core/rules/index.js';
import { FileReporter } from '../../src/core/validate/reporter.js';
import { checkInline, edit, PLAN, PROGRESS } from '../helpers.js';

// Schema-valid files that break many rules at once.
const BROKEN_PLAN = edit(
  edit(
    edit(edit(PLAN, 'lead: equality', 'lead: interior'), '- id: 2.a', '- id: 1.a'),
    'actors: [interior-police]',
    'actors: [interior-polic]',
  ),
  'due: 2022',
  'due: "2030-02-30"',
);
const BROKEN_PROGRESS = edit(
  edit(edit(PROGRESS, 'plan: t-2020', 'plan: t-2016'), '  2.a:', '  2.b:'),
  'reporter: equality',
  'reporter: interior-police',
);

describe('the context a check receives', () => {
  it('names no code: report() takes a pointer, a message, a fix and the part', () => {
    expectTypeOf<Parameters<FileContext['report']>>().toEqualTypeOf<
      [pointer: string, message: string, fix: string, part?: Part]
    >();
  });

  it("is bound to one rule: the finding carries that rule's code and severity", () => {
    const r = new FileReporter(parseYaml(PLAN, 'plan.yaml'));
    r.for('NAP031').report('/id', 'a message', 'a fix');
    r.for('NAP036').report('/supersedes', 'a message', 'a fix', 'key');
    expect(r.findings.map((f) => [f.code, f.severity, f.line, f.pointer])).toEqual([
      ['NAP031', 'error', 2, '/id'],
      ['NAP036', 'warning', 7, '/supersedes'],
    ]);
  });

  it('lets every check raise its own code only, on input that breaks many rules', () => {
    const plan = parseYaml(BROKEN_PLAN, 'plan.yaml');
    const progress = parseYaml(BROKEN_PROGRESS, 'progress/2021.yaml');
    const lookup = planLookup(plan.data as Plan);
    const raised = new Set<string>();
    for (const { code, check } of checksOf('plan')) {
      const r = new FileReporter(plan);
      check(plan.data as Plan, {
        ...r.for(code),
        folderName: 't-2021',
        siblingIds: new Set(),
        places: eachAction(plan.data as Plan),
      });
      for (const f of r.findings) expect(f.code).toBe(code);
      if (r.findings.length) raised.add(code);
    }
    for (const { code, check } of checksOf('progress')) {
      const r = new FileReporter(progress);
      check(progress.data as Progress, { ...r.for(code), lookup, yearFromName: 2022 });
      for (const f of r.findings) expect(f.code).toBe(code);
      if (r.findings.length) raised.add(code);
    }
    expect(raised.size, [...raised].join(' ')).toBeGreaterThanOrEqual(10);
    // The same files through the whole validator give the same codes.
    const whole = checkInline({
      plan: BROKEN_PLAN,
      progress: { '2022.yaml': BROKEN_PROGRESS },
      folderName: 't-2021',
      siblings: ['t-2021'],
    });
    expect(new Set(whole.findings.map((f) => f.code).filter((c) => raised.has(c)))).toEqual(raised);
  });
});
