import { describe, expect, it } from 'vitest';
import { describePointer } from '../../src/core/validate/describe.js';
import { checkInline, edit, PLAN } from '../helpers.js';

// Ids are keys of maps in nap (actions by id, actors by id, reports by action): an id that is
// also the name of a property every JavaScript object has must be an id like any other.

/** The test plan with an actor `constructor` and an action `toString` whose indicator is `constructor`. */
const plan = edit(
  edit(
    edit(PLAN, '  - id: equality\n', '  - id: constructor\n    name: Constructor Office\n  - id: equality\n'),
    '        actors: [equality]\n',
    `        actors: [equality]
      - id: toString
        text: Count things.
        indicators:
          - id: constructor
            text: Things counted.
            unit: count
        actors: [constructor]
        lead: constructor
`,
  ),
  'coordinators: [equality]',
  'coordinators: [equality, constructor]',
);

const progress = (reporter: string, actions: string) =>
  `nap: 1\nplan: t-2020\nyear: 2021\nreporter: ${reporter}\nactions:\n${actions}`;

const shown = (r: ReturnType<typeof checkInline>) =>
  r.findings.map((f) => `${f.code} ${f.file.replace('plans/t-2020/', '')}:${f.line} ${f.message}`);

describe('ids that are names of Object.prototype properties', () => {
  it('are declared, referred to and reported on like any other id', () => {
    const r = checkInline({
      plan,
      progress: {
        '2021.yaml': progress(
          'constructor',
          '  toString:\n    status: in-progress\n    indicators:\n      constructor: 12\n      1: 13\n',
        ),
      },
    });
    expect(shown(r)).toEqual([]);
    expect(r.progress[0]!.data?.actions.toString).toMatchObject({ indicators: { constructor: 12 } });
  });

  it('that are not declared are unknown, not found on every object', () => {
    const r = checkInline({
      plan,
      progress: {
        '2021.yaml': progress(
          'valueof',
          '  valueOf:\n    status: completed\n  2.a:\n    status: completed\n    indicators:\n      constructor: x\n      hasownproperty: y\n',
        ),
      },
    });
    expect(shown(r)).toEqual([
      "NAP032 progress/2021.yaml:4 the reporter 'valueof' is not declared under the plan's actors",
      "NAP053 progress/2021.yaml:6 there is no action 'valueOf' in plan t-2020",
      "NAP054 progress/2021.yaml:11 action 2.a has no indicator with id 'constructor'",
      "NAP054 progress/2021.yaml:12 action 2.a has no indicator with id 'hasownproperty'",
    ]);
  });

  it('clash and repeat like other ids', () => {
    const twice = edit(plan, '      - id: 2.a\n', '      - id: toString\n');
    const r = checkInline({
      plan: twice,
      progress: {
        '2021.yaml': progress('equality', '  toString:\n    status: completed\n'),
        '2021/other.yaml': progress('equality', '  toString:\n    status: delayed\n'),
      },
    });
    expect(shown(r)).toEqual([
      "NAP031 plan.yaml:54 the action id 'toString' is used twice (first on line 50)",
      'NAP056 progress/2021/other.yaml:6 action toString is reported twice for 2021: here and in plans/t-2020/progress/2021.yaml line 6',
    ]);
  });

  it('name their owner in schema messages without reaching into the prototype', () => {
    const data = { actions: { constructor: { status: 'done' } } };
    expect(describePointer(data, '/actions/constructor/status')).toEqual({
      owner: 'the report on action constructor',
      field: 'status',
    });
    expect(describePointer({ constructor: [{ id: 'x' }] }, '/constructor/0/id')).toEqual({
      owner: '',
      field: 'constructor[0].id',
    });
  });
});
