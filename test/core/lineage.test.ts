import { describe, expect, it } from 'vitest';
import { proposeLineage } from '../../src/core/diff/lineage.js';
import { eachAction } from '../../src/core/model/walk.js';
import { checkInline, PLAN } from '../helpers.js';

const pairs = new Map([
  ['1.a', '1.a'],
  ['1.10', '1.b'],
  ['2.a', '3.c'],
]);

describe('nap diff --write-lineage proposes continues: for a person to confirm', () => {
  it('adds one line after each matched action’s id, keeping everything else byte for byte', () => {
    const source = PLAN.replace('          - id: 1.a\n', '          - id: 1.a   # the first action\n');
    const p = proposeLineage(source, 't-2016', pairs);
    expect(p).toMatchObject({ added: 3, kept: 0, differing: [] });
    expect(p.text).toContain('          - id: 1.a   # the first action\n            continues: "t-2016:1.a"\n');
    expect(p.text).toContain('          - id: "1.10"\n            continues: "t-2016:1.b"\n');
    expect(p.text).toContain('      - id: 2.a\n        continues: "t-2016:3.c"\n');
    // removing the proposed lines gives the plan back exactly
    expect(p.text.replace(/ *continues: "t-2016:[^"]+"\n/g, '')).toBe(source);
    const checked = checkInline({ plan: p.text });
    expect(checked.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect([...eachAction(checked.plan.data!)].map((a) => a.action.continues)).toEqual([
      't-2016:1.a',
      't-2016:1.b',
      't-2016:3.c',
    ]);
  });

  it('never changes a continues: already written, and says where it differs from the matching', () => {
    const source = PLAN.replace(
      '        actors: [equality]\n',
      '        actors: [equality]\n        continues: t-2012:9.z\n',
    );
    const p = proposeLineage(source, 't-2016', pairs);
    expect(p).toMatchObject({
      added: 2,
      kept: 1,
      differing: [{ id: '2.a', written: 't-2012:9.z', proposed: 't-2016:3.c' }],
    });
    expect(p.text).toContain('        continues: t-2012:9.z\n');
  });

  it('writes into actions in brackets, and keeps Windows line ends', () => {
    const flow = `nap: 1\r\nid: t-2020\r\ntitle: T\r\nperiod: { start: 2020, end: 2023 }\r\nlang: en\r\nactors: [{ id: x, name: X }]\r\nobjectives:\r\n  - id: "1"\r\n    title: O\r\n    actions: [{ id: 1.a, text: Do., actors: [x], indicators: [I.] }]\r\n  - id: "2"\r\n    title: P\r\n    actions:\r\n      - id: 1.10\r\n        text: Do more.\r\n        actors: [x]\r\n`;
    const p = proposeLineage(
      flow,
      't-2016',
      new Map([
        ['1.a', '1'],
        ['1.1', '2'],
      ]),
    );
    expect(p.text).toContain('actions: [{ continues: "t-2016:1", id: 1.a, text: Do.');
    expect(p.text).toContain('      - id: 1.10\r\n        continues: "t-2016:2"\r\n        text: Do more.');
    expect(p.added).toBe(2);
  });

  it('marks the proposals matched by wording with a comment, in block and bracketed actions alike', () => {
    const notes = new Map([
      ['1.10', 'matched by wording (80% alike): review'],
      ['1.a', 'by wording'],
    ]);
    const p = proposeLineage(PLAN, 't-2016', pairs, notes);
    expect(p).toMatchObject({ added: 3, byWording: 2 });
    expect(p.text).toContain(
      '          - id: "1.10"\n            continues: "t-2016:1.b"  # matched by wording (80% alike): review\n',
    );
    expect(p.text).toContain('      - id: 2.a\n        continues: "t-2016:3.c"\n');
    expect(checkInline({ plan: p.text }).findings.filter((f) => f.severity === 'error')).toEqual([]);
    const flow = `nap: 1\nid: t-2020\ntitle: T\nperiod: { start: 2020, end: 2023 }\nlang: en\nactors: [{ id: x, name: X }]\nobjectives:\n  - id: "1"\n    title: O\n    actions:\n      - { id: 1.a, text: Do., actors: [x], indicators: [I.] }\n`;
    const q = proposeLineage(flow, 't-2016', new Map([['1.a', '1']]), notes);
    expect(q.text).toContain('      # 1.a: by wording\n      - { continues: "t-2016:1", id: 1.a, text: Do.');
    expect(checkInline({ plan: q.text, progress: {} }).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
