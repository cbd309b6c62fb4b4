import { describe, expect, it } from 'vitest';
import { MIN_VERSION, tooOld } from '../../src/core/pdf/browser.js';
import { cssString, marginBoxes } from '../../src/core/pdf/margin-boxes.js';
import { beforeHeadEnd } from '../../src/core/pdf/print.js';

describe('the running header and footer of a printed document', () => {
  it('are page margin boxes with the page counters, in the words of the document', () => {
    const css = marginBoxes('Plan · 2015', 'page {page} sur {pages}');
    expect(css).toMatch(/@top-left \{ content: "Plan · 2015";/);
    expect(css).toContain('content: "page " counter(page) " sur " counter(pages) "";');
  });

  it('take any text as a CSS string: it cannot end the string or the style element', () => {
    expect(cssString('a "quoted" \\ title')).toBe('"a \\22 quoted\\22  \\5c  title"');
    expect(cssString('</style><script>x</script>')).not.toMatch(/<|>/);
    expect(cssString('two\nlines')).toBe('"two\\a lines"');
  });

  it('go into the head whatever the title holds: a $ is not a replacement pattern', () => {
    const html = '<html><head><title>t</title></head><body>b</body></html>';
    const title = "Plan costs in US$` and $' and $& 2013";
    const out = beforeHeadEnd(html, marginBoxes(title, 'page {page} of {pages}'));
    expect(out).toContain(cssString(title));
    expect(out.match(/<\/head>/g)).toHaveLength(1);
    expect(out.match(/<\/style>/g)).toHaveLength(1);
    expect(out.endsWith('</head><body>b</body></html>')).toBe(true);
  });

  it('need a browser that prints margin boxes: an older one is refused, not used', () => {
    expect(MIN_VERSION).toBe(131);
    expect(tooOld('HeadlessChrome/120.0.6099.224')).toBe(true);
    expect(tooOld('Chrome/130.0.6723.58')).toBe(true);
    expect(tooOld('HeadlessChrome/156.0.8078.108')).toBe(false);
    expect(tooOld('Edg/131.0.2903.51')).toBe(false);
    expect(tooOld('')).toBe(false);
  });
});
