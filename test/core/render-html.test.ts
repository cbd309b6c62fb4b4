import { describe, expect, it } from 'vitest';
import { TEXT_FIELDS } from '../../src/core/model/text-maps.js';
import { workspace } from '../cli/harness.js';
import { edit, PLAN, PROGRESS } from '../helpers.js';
import { bodyOf, renderHtml } from '../report-helpers.js';

describe('HTML documents', () => {
  for (const lang of ['en', 'fr', 'nl']) {
    it(`match their snapshots (${lang})`, async () => {
      const html = await renderHtml({}, 2021, lang);
      await expect(bodyOf(html.parliament)).toMatchFileSnapshot(`__snapshots__/parliament.${lang}.html`);
      await expect(bodyOf(html.brief)).toMatchFileSnapshot(`__snapshots__/brief.${lang}.html`);
    });
  }

  it('are self-contained: inline styles and SVG chart, no script, no external resource', async () => {
    const html = await renderHtml({}, 2021);
    for (const doc of [html.parliament, html.brief]) {
      expect(doc).toMatch(/<style>[\s\S]*\.badge/);
      expect(doc).not.toMatch(/<script|<link |src="http|url\(http/i);
    }
    expect(html.brief).toContain('<svg xmlns="http://www.w3.org/2000/svg" role="img"');
  });

  it('say on the cover that illustrative data is not official', async () => {
    const html = await renderHtml(
      { progress: { '2021.yaml': edit(PROGRESS, 'reporter: equality', 'reporter: equality\nillustrative: true') } },
      2021,
    );
    expect(html.parliament).toContain('Illustrative sample data — not official figures');
    expect(html.brief).toContain('Illustrative sample data — not official figures');
    expect((await renderHtml({}, 2021)).parliament).not.toContain('Illustrative sample data');
  });

  it('take a template, partial, style or logo from --templates and the rest built in', async () => {
    const dir = workspace({
      'partials/cover.hbs': '<header class="cover"><h1>OUR OWN COVER {{model.title}}</h1></header>',
      'styles/print.css': '@page { size: A4; margin: 30mm; } /* ours */',
      'assets/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>',
    });
    const html = await renderHtml({}, 2021, 'en', dir);
    expect(html.parliament).toContain('OUR OWN COVER Test plan');
    expect(html.parliament).toContain('/* ours */');
    expect(html.parliament).toContain('.badge'); // built-in base.css kept
    expect(html.parliament).toContain('id="annex-not-reported"'); // built-in partials kept
  });
});

describe('hostile text in the data', () => {
  const evil = '<script>alert(1)</script><img src=x onerror=alert(2)>{{constructor.constructor}}';
  const hostilePlan = PLAN.replace('title: Test plan', `title: '${evil}'`)
    .replace('    name: Foreign Affairs', `    name: '"><svg onload=alert(3)>'`)
    .replace('            text: Apply the conventions.', `            text: '${evil} {{#each this}}x{{/each}}'`)
    .replace('              - Periodic reporting under CEDAW.', `              - '${evil}'`)
    .replace(
      '    title: Normative framework',
      `    title: '</title><script>x</script>'\n    description: '<iframe src=javascript:alert(4)></iframe> [click](javascript:alert(5)) [ok](https://un.org) ![i](http://tracker.example/p.png)'`,
    );
  const hostileProgress = PROGRESS.replace(
    'summary: Half done.',
    `summary: '<script>alert(6)</script> [x](JaVaScRiPt:alert(7)) <a href="javascript:alert(8)">y</a> {{lookup}}'\n    sources: ['${evil}']`,
  ).replace('      1: Report submitted.', `      1: '${evil}'`);

  it('is escaped in every field of both documents; links and markup cannot run', async () => {
    const html = await renderHtml({ plan: hostilePlan, progress: { '2021.yaml': hostileProgress } }, 2021);
    for (const doc of [html.parliament, html.brief]) {
      expect(doc).not.toMatch(/<script>alert|<img src=x|<svg onload|<iframe|onerror=alert\(|href="javascript:/i);
      expect(doc).not.toMatch(/href="\s*javascript/i);
      expect(doc).not.toMatch(/src="https?:/i); // a Markdown image is not loaded, at most linked
    }
    expect(html.parliament).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html.parliament).toContain('{{constructor.constructor}}'); // shown as text, never compiled
    expect(html.parliament).toContain('{{#each this}}x{{/each}}');
    expect(html.parliament).toContain('<a href="https://un.org">ok</a>');
    expect(html.parliament).toContain('[x](JaVaScRiPt:alert(7))');
  });
});

describe('hostile text in every text field', () => {
  const TEXT_KEYS = TEXT_FIELDS;
  /** Replaces every text of a plan or progress file with markup carrying a number, to find where each one lands. */
  function poison(value: unknown, counter: { n: number }, key = ''): unknown {
    const evil = () => `<b onmouseover=alert(${++counter.n})>{{x${counter.n}}}</b>&"'`;
    if (typeof value === 'string') return TEXT_KEYS.has(key) || key === 'item' ? evil() : value;
    if (Array.isArray(value))
      return value.map((v) => poison(v, counter, key === 'indicators' || key === 'sources' ? 'item' : key));
    if (value && typeof value === 'object') {
      // A text map ({ en: ..., fr: ... }) is text in every language; other mappings are walked by key.
      const textMap = TEXT_KEYS.has(key) && Object.values(value).every((v) => typeof v === 'string');
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [
          k,
          poison(v, counter, textMap || (key === 'indicators' && typeof v === 'string') ? 'item' : k),
        ]),
      );
    }
    return value;
  }
  const richer = PLAN.replace(
    'lang: en\n',
    'lang: en\nissuer: Government\nlabels: { objective: Pillar, goal: Aim, action: Line, indicator: Measure, actor: Ministries }\n',
  )
    .replace('    title: Normative framework\n', '    title: Normative framework\n    description: Why this matters.\n')
    .replace('    name: Foreign Affairs\n', '    name: Foreign Affairs\n    short: FA\n');

  it('is escaped wherever it is shown, and reaches the documents from both files', async () => {
    const { parse, stringify } = await import('yaml');
    const counter = { n: 0 };
    const plan = stringify(poison(parse(richer), counter));
    const planTexts = counter.n;
    const progress = stringify(poison(parse(PROGRESS), counter));
    const html = await renderHtml({ plan, progress: { '2021.yaml': progress } }, 2021);
    const both = html.parliament + html.brief;
    expect(both).not.toMatch(/<b onmouseover/);
    // Escaped as Handlebars escapes (= becomes &#x3D;), Markdown fields as markdown-it does.
    const shown = Array.from({ length: counter.n }, (_, i) => i + 1).filter((n) =>
      new RegExp(
        `&lt;b onmouseover(=|&#x3D;)alert\\(${n}\\)&gt;\\{\\{x${n}\\}\\}&lt;/b&gt;&amp;(&quot;|")(&#x27;|')`,
      ).test(both),
    );
    // Not shown by design: the full name of an actor that has a short one, and a text in a language not rendered.
    expect(shown.length).toBeGreaterThanOrEqual(counter.n - 3);
    expect(shown.some((n) => n <= planTexts)).toBe(true);
    expect(shown.some((n) => n > planTexts)).toBe(true);
  });
});
