import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportData } from '../../src/core/report/report-data.js';
import { validatePaths } from '../../src/core/validate/index.js';
import { workspace } from '../cli/harness.js';
import { checkInline, codes, edit, NARRATIVE, PLAN, PROGRESS } from '../helpers.js';
import { models, renderHtml } from '../report-helpers.js';

// The coordinator's narrative (issue 11, part 3): narrative/<year>.yaml, validated like the
// rest and rendered in the order of the format, absent sections left out.

const FULL = `nap: 1
plan: t-2020
year: 2021
illustrative: true
consultation: { en: Ten organisations were heard., fr: Dix organisations ont été entendues. }
foreword: { en: A word first., fr: Un mot d'abord. }
highlights: { en: "- one\\n- two", fr: "- un\\n- deux" }
methodology: { en: Replies of the departments., fr: Réponses des départements. }
conclusions: { en: More to do., fr: Il reste à faire. }
introduction: { en: The year., fr: L'année. }
`;

const findingsOf = (narrative: string, name = '2021.yaml') =>
  checkInline({ narratives: { [name]: narrative } }).findings.map((f) => [f.code, f.file, f.line, f.column]);

describe('validating a narrative', () => {
  it('passes a valid one', () => {
    expect(findingsOf(NARRATIVE)).toEqual([]);
    expect(findingsOf(FULL)).toEqual([]);
  });

  it('refuses an unknown section with its line and column, and suggests the known one', () => {
    const c = checkInline({ narratives: { '2021.yaml': edit(NARRATIVE, 'conclusions:', 'conclusion:') } });
    expect(c.findings.map((f) => [f.code, f.file, f.line, f.column])).toEqual([
      ['NAP020', 'plans/t-2020/narrative/2021.yaml', 5, 1],
    ]);
    expect(c.findings[0]!.fix).toBe("rename 'conclusion' to 'conclusions'");
  });

  it('names missing languages: the plan language (error), a listed one (warning), a plain string (warning)', () => {
    expect(
      findingsOf(edit(NARRATIVE, '{ en: More to do., fr: Il reste à faire. }', '{ fr: Il reste à faire. }')),
    ).toEqual([['NAP038', 'plans/t-2020/narrative/2021.yaml', 5, 14]]);
    expect(findingsOf(edit(NARRATIVE, '{ en: More to do., fr: Il reste à faire. }', '{ en: More to do. }'))).toEqual([
      ['NAP039', 'plans/t-2020/narrative/2021.yaml', 5, 14],
    ]);
    expect(findingsOf(edit(NARRATIVE, '{ en: More to do., fr: Il reste à faire. }', 'More to do.'))).toEqual([
      ['NAP060', 'plans/t-2020/narrative/2021.yaml', 5, 14],
    ]);
    // A plan without other languages: a plain string is all there is to give.
    const mono = checkInline({
      plan: edit(PLAN, 'languages: [en, fr]\n', ''),
      narratives: { '2021.yaml': 'nap: 1\nplan: t-2020\nyear: 2021\nconclusions: More to do.\n' },
    });
    expect(mono.findings).toEqual([]);
  });

  it('refuses a year outside the period, a year that differs from the name, another plan', () => {
    expect(findingsOf(edit(NARRATIVE, 'year: 2021', 'year: 2030'), '2030.yaml')).toEqual([
      ['NAP051', 'plans/t-2020/narrative/2030.yaml', 3, 7],
    ]);
    expect(findingsOf(edit(NARRATIVE, 'year: 2021', 'year: 2022'))).toEqual([
      ['NAP052', 'plans/t-2020/narrative/2021.yaml', 3, 7],
    ]);
    expect(findingsOf(edit(NARRATIVE, 'plan: t-2020', 'plan: t-2016'))).toEqual([
      ['NAP050', 'plans/t-2020/narrative/2021.yaml', 2, 7],
    ]);
  });

  it('asks for the format version like the other files', () => {
    const c = checkInline({ narratives: { '2021.yaml': NARRATIVE.replace('nap: 1\n', '') } });
    expect(codes(c.findings)).toEqual(['NAP012']);
    expect(c.findings[0]!.fix).toBe("add the line 'nap: 1' at the top of the narrative file");
  });

  it('is read from narrative/<year>.yaml; anything else there is named and not read', async () => {
    const dir = workspace();
    const plan = join(dir, 'plans', 't-2020');
    mkdirSync(join(plan, 'progress'), { recursive: true });
    mkdirSync(join(plan, 'narrative'), { recursive: true });
    writeFileSync(join(plan, 'plan.yaml'), PLAN.replace('supersedes: t-2016\n', ''));
    writeFileSync(join(plan, 'progress', '2021.yaml'), PROGRESS);
    writeFileSync(join(plan, 'narrative', '2021.yaml'), edit(NARRATIVE, 'year: 2021', 'year: 2022'));
    writeFileSync(join(plan, 'narrative', 'intro.md'), '# notes');
    const run = await validatePaths([plan], dir);
    expect(run.files).toContain('plans/t-2020/narrative/2021.yaml');
    expect(run.findings.map((f) => [f.code, f.file])).toEqual([
      ['NAP052', 'plans/t-2020/narrative/2021.yaml'],
      ['NAP059', 'plans/t-2020/narrative/intro.md'],
    ]);
  });
});

describe('the narrative in the report', () => {
  it('gives the sections in the order of the format, whatever the order of the file', () => {
    const { report } = models({ narratives: { '2021.yaml': FULL } }, 2021);
    expect(report.narrative!.front.map((s) => s.key)).toEqual([
      'foreword',
      'introduction',
      'methodology',
      'highlights',
    ]);
    expect(report.narrative!.back.map((s) => s.key)).toEqual(['conclusions', 'consultation']);
    expect(report.narrative!.front[3]!.html).toBe('<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n');
    expect(report.illustrative).toMatchObject({ narrative: true, any: true });
  });

  it('leaves absent sections out and invents nothing', () => {
    const { report } = models({ narratives: { '2021.yaml': NARRATIVE } }, 2021);
    expect([...report.narrative!.front, ...report.narrative!.back].map((s) => [s.key, s.markdown])).toEqual([
      ['introduction', 'The year in **brief**.'],
      ['conclusions', 'More to do.'],
    ]);
    expect(report.illustrative.narrative).toBe(false);
    expect(models({}, 2021).report.narrative).toBeUndefined();
  });

  it("shows only the year's narrative, in the language of the document", () => {
    const other = edit(NARRATIVE, 'year: 2021', 'year: 2022');
    expect(models({ narratives: { '2022.yaml': other } }, 2021).report.narrative).toBeUndefined();
    const fr = models({ narratives: { '2021.yaml': NARRATIVE } }, 2021, 'fr').report.narrative!;
    expect(fr.front.map((s) => [s.title, s.markdown])).toEqual([['Introduction', "L'année en **bref**."]]);
    expect(fr.back[0]!.title).toBe('Conclusions');
  });

  it('is in --format json: the sections in order, as Markdown', () => {
    const { report } = models({ narratives: { '2021.yaml': FULL } }, 2021);
    const data = reportData(report).narrative!;
    expect(data.illustrative).toBe(true);
    expect(data.sections.map((s) => s.section)).toEqual([
      'foreword',
      'introduction',
      'methodology',
      'highlights',
      'conclusions',
      'consultation',
    ]);
    expect(reportData(models({}, 2021).report).narrative).toBeNull();
  });

  it('is rendered before the summary and after the progress per action, labelled when illustrative', async () => {
    const { parliament } = await renderHtml({ narratives: { '2021.yaml': FULL } }, 2021);
    const at = (s: string) => parliament.indexOf(s);
    const order = [
      'id="narrative-foreword"',
      'id="narrative-introduction"',
      'id="narrative-methodology"',
      'id="narrative-highlights"',
      'id="summary"',
      'id="matrix"',
      'id="narrative-conclusions"',
      'id="narrative-consultation"',
      'id="annex-not-reported"',
    ].map(at);
    expect(order.every((x) => x > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(parliament.match(/class="illustrative-text"/g)).toHaveLength(6);
    expect(parliament).toContain('<h1>Consultation of civil society</h1>');
    expect(parliament).toContain('href="#narrative-methodology">Methodology</a>');
    const plain = (await renderHtml({ narratives: { '2021.yaml': NARRATIVE } }, 2021)).parliament;
    expect(plain).not.toContain('class="illustrative-text"');
    expect(plain).not.toContain('id="narrative-foreword"');
  });
});
