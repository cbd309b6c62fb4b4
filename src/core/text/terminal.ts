/**
 * Characters from files that must not reach a terminal or a log as they are: C0 controls (ESC
 * starts the sequences that clear the screen, move the cursor or recolour; a newline forges a
 * line of output), DEL, C1 controls (U+009B is a one-character CSI), and characters that are
 * invisible or turn the direction of text: soft hyphen, Arabic letter mark, zero-width spaces,
 * joiners and direction marks, line and paragraph separators, embeddings and overrides, word
 * joiner and invisible operators, isolates, byte-order mark, tag characters.
 */
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this looks for
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\u{e0000}-\u{e007f}]/gu;

const SHORT: Readonly<Record<string, string>> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** Such characters as escapes (`\u001b`, `\u202e`, `\n`), so that they are seen and do nothing. */
export function escapeTerminal(s: string): string {
  return s.replace(UNSAFE, (c) => SHORT[c] ?? codeEscape(c));
}

/** Prose from a plan on one line: line breaks and tabs are spacing, the rest is escaped. */
export function escapeProse(s: string): string {
  return escapeTerminal(oneLine(s));
}

/** Runs of spaces, tabs and line breaks as one space, none at either end: prose as `nap diff` compares it. */
function oneLine(s: string): string {
  return s.replace(/[ \t\n\r]+/g, ' ').replace(/^ | $/g, '');
}

/** Text made of lines (commander's messages, a stack trace): each line escaped, the line breaks kept. */
export function escapeTerminalLines(s: string): string {
  return s.split('\n').map(escapeTerminal).join('\n');
}

/**
 * A source line under a code frame: each such character becomes one visible character per
 * UTF-16 unit (C0 as its Control Picture, ␛ for ESC; DEL as ␡; the others as �), so that
 * columns stay where they were and the caret still points at the right one.
 */
export function visibleInLine(s: string): string {
  return s.replace(UNSAFE, (c) => {
    const cp = c.codePointAt(0)!;
    if (cp < 0x20) return String.fromCharCode(0x2400 + cp);
    if (cp === 0x7f) return '\u2421';
    return '\ufffd'.repeat(c.length);
  });
}

function codeEscape(c: string): string {
  const cp = c.codePointAt(0)!;
  return cp > 0xffff ? `\\u{${cp.toString(16)}}` : `\\u${cp.toString(16).padStart(4, '0')}`;
}
