import { describe, expect, it } from 'vitest';
import { mapStrings } from '../../src/core/text/map-strings.js';
import { markdownCodeCell, markdownInline } from '../../src/core/text/markdown-inline.js';
import { escapeProse, escapeTerminal, escapeTerminalLines, visibleInLine } from '../../src/core/text/terminal.js';

/** Every character that must not reach a terminal raw, one of each kind and both ends of each range. */
const UNSAFE = [
  ...'\u0001\u0007\u0008\u000b\u000c\u001b\u001f\u007f\u0080\u0085\u009b\u009f',
  ...'\u00ad\u061c\u200b\u200c\u200d\u200e\u200f\u2028\u2029\u202a\u202b\u202c\u202d\u202e',
  ...'\u2060\u2061\u2064\u2066\u2067\u2068\u2069\ufeff',
  '\u{e0001}',
  '\u{e0041}',
  '\u{e007f}',
];

describe('text for a terminal', () => {
  it('turns controls and invisible or direction-changing characters into visible escapes', () => {
    expect(escapeTerminal("unknown field 'title\u200b'")).toBe("unknown field 'title\\u200b'");
    expect(escapeTerminal('a\u001b[2Jb\u202ec')).toBe('a\\u001b[2Jb\\u202ec');
    expect(escapeTerminal('line\nnext\r\ttab')).toBe('line\\nnext\\r\\ttab');
    expect(escapeTerminal('\u009b31m\u007f')).toBe('\\u009b31m\\u007f');
    expect(escapeTerminal('tag\u{e0041}')).toBe('tag\\u{e0041}');
    for (const c of UNSAFE) {
      const out = escapeTerminal(`x${c}y`);
      expect(out, `U+${c.codePointAt(0)!.toString(16)}`).toMatch(/^x\\u(\{e00[0-7][0-9a-f]\}|[0-9a-f]{4})y$/);
      expect(out.codePointAt(0)! < 0x7f && [...out].every((ch) => ch >= ' ' && ch < '\u007f')).toBe(true);
    }
  });

  it('leaves ordinary text alone', () => {
    const ordinary = 'Égalité des chances — “quotes” → ✔ ✖ ⚠ 100 % café 日本語 👩🏽‍⚕️ a\u00a0b C:\\path\\to %s {x}';
    // The emoji's zero-width joiner is the one character of this text that is escaped.
    expect(escapeTerminal(ordinary)).toBe(ordinary.replace('\u200d', '\\u200d'));
    expect(escapeTerminal("unknown field 'actrs' in action 1.a — did you mean 'actors'?")).toBe(
      "unknown field 'actrs' in action 1.a — did you mean 'actors'?",
    );
  });

  it('keeps the line breaks of a text made of lines, and puts prose on one line', () => {
    expect(escapeTerminalLines("error: unknown option '\u001b[2J'\n(Did you mean --x?)\n")).toBe(
      "error: unknown option '\\u001b[2J'\n(Did you mean --x?)\n",
    );
    expect(escapeProse('Train\nthe  police\r\n\tnow\u001b[2J\n')).toBe('Train the police now\\u001b[2J');
  });

  it('shows a source line with one visible character per UTF-16 unit, so columns stay put', () => {
    const line = 'x\u001bc\u202ey: \u0007\u007f\u0085\u{e0041}EN';
    const shown = visibleInLine(line);
    expect(shown).toBe('x\u241bc\ufffdy: \u2407\u2421\ufffd\ufffd\ufffdEN');
    expect(shown.length).toBe(line.length);
    expect(shown.indexOf('EN')).toBe(line.indexOf('EN'));
    for (const c of UNSAFE) expect(visibleInLine(c)).toMatch(/^[\u2400-\u2421\ufffd]+$/);
  });

  it('maps every string of plain data, and nothing else', () => {
    const data = { a: 'x\u001b', n: 3, b: [true, null, 'y\u202e'], c: { d: 'z' }, e: undefined };
    expect(mapStrings(data, escapeTerminal)).toEqual({
      a: 'x\\u001b',
      n: 3,
      b: [true, null, 'y\\u202e'],
      c: { d: 'z' },
      e: undefined,
    });
    expect(data.a).toBe('x\u001b'); // a copy
  });
});

describe('text placed inline in Markdown', () => {
  it('escapes every character that starts inline syntax, and puts the text on one line', () => {
    expect(markdownInline('a *b* _c_ `d` ~~e~~ [f](g) ![h](i) <b> &#64; x|y \\ $m$ {j} (k) !l #m +n >o')).toBe(
      'a \\*b\\* \\_c\\_ \\`d\\` \\~\\~e\\~\\~ \\[f\\]\\(g\\) \\!\\[h\\]\\(i\\) \\<b\\> \\&`#`64; x\\|y \\\\ \\$m\\$ \\{j\\} \\(k\\) \\!l \\#m \\+n \\>o',
    );
    expect(markdownInline('one\n\n---\n# two\r\n- three\n')).toBe('one --- \\# two - three');
  });

  it('puts @ and # before a digit in code spans, where GitHub makes no mention or issue link', () => {
    expect(markdownInline('ask @octocat or @org/team')).toBe('ask `@`octocat or `@`org/team');
    expect(markdownInline('see #12, not #a')).toBe('see `#`12, not \\#a');
    // Runs share one span: two spans side by side would read as one span with a double backtick inside.
    expect(markdownInline('@@x @#1')).toBe('`@@`x `@#`1');
    expect(markdownInline('mail info@example.org')).toBe('mail info`@`example.org');
  });

  it('escapes controls as on a terminal, their backslash shown', () => {
    expect(markdownInline('a\u001b[2J\u202eb')).toBe('a\\\\u001b\\[2J\\\\u202eb');
  });

  it('leaves ordinary plan text as it was escaped before', () => {
    expect(markdownInline('Train the police and the army.')).toBe('Train the police and the army.');
    expect(markdownInline('Institut pour l’égalité des femmes et des hommes (IEFH)')).toBe(
      'Institut pour l’égalité des femmes et des hommes \\(IEFH\\)',
    );
  });

  it('fences a code cell with more backticks than it holds', () => {
    expect(markdownCodeCell('plans/t-2020/plan.yaml:3:1')).toBe('`plans/t-2020/plan.yaml:3:1`');
    expect(markdownCodeCell('a`b|c\u001b')).toBe('``a`b\\|c\\u001b``');
    expect(markdownCodeCell('`x`')).toBe('`` `x` ``');
  });
});
