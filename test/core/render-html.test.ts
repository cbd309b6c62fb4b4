import { describe, expect, it } from 'vitest';
import { edit, PLAN, PROGRESS } from '../helpers.js';
import { bodyOf, renderHtml } from '../report-helpers.js';
import { workspace } from '../cli/harness.js';

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
    const html = await renderHtml({ progress: { '2021.yaml': edit(PROGRESS, 'reporter: equality', 'reporter: equality\nillustrative: true') } }, 2021);
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
    .replace("    title: Normative framework", `    title: '</title><script>x</script>'\n    description: '<iframe src=javascript:alert(4)></iframe> [click](javascript:alert(5)) [ok](https://un.org) ![i](http://tracker.example/p.png)'`);
  const hostileProgress = PROGRESS.replace('summary: Half done.', `summary: '<script>alert(6)</script> [x](JaVaScRiPt:alert(7)) <a href="javascript:alert(8)">y</a> {{lookup}}'\n    sources: ['${evil}']`)
    .replace('      1: Report submitted.', `      1: '${evil}'`);

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
