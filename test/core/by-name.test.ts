import { describe, expect, it } from 'vitest';
import { compareFindings, findingAt } from '../../src/core/rules/finding.js';
import { byName } from '../../src/core/text/by-name.js';

const sign = (n: number) => Math.sign(n) || 0;

describe('names in order', () => {
  it("equal localeCompare in English, on names of letters, digits, '.' and '-' and on others", () => {
    const chars = 'abcz019.-';
    const simple = [''];
    for (let length = 1; length <= 3; length++)
      for (const prefix of simple.filter((s) => s.length === length - 1))
        for (const c of chars) simple.push(prefix + c);
    const others = ['B.yaml', 'a.yaml', '_x', 'É', 'e', 'Z', 'be_2013', 'be-2013', '2015', '2015 copy.yaml'];
    const names = [...simple, ...others];
    for (const a of names)
      for (const b of names) expect(sign(byName(a, b)), `${a} ${b}`).toBe(sign(a.localeCompare(b, 'en')));
  });

  it('sort findings by file in the order the files are listed, then by place and code', () => {
    const at = (file: string, line: number, code: 'NAP020' | 'NAP005') =>
      findingAt(code, file, { line, column: 1 }, 'm', 'f');
    const sorted = [
      at('p/ab.yaml', 1, 'NAP020'),
      at('p/B.yaml', 9, 'NAP020'),
      at('p/aa.yaml', 2, 'NAP020'),
      at('p/aa.yaml', 2, 'NAP005'),
    ]
      .sort(compareFindings)
      .map((f) => `${f.file}:${f.line} ${f.code}`);
    expect(sorted).toEqual(['p/aa.yaml:2 NAP005', 'p/aa.yaml:2 NAP020', 'p/ab.yaml:1 NAP020', 'p/B.yaml:9 NAP020']);
  });
});
