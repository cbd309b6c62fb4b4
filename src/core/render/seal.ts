/**
 * What a document may load when opened, in any browser: its inline styles and inline
 * (data:) images and fonts, nothing else. Set first in <head>, so it governs every element.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";

const META = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`;
// A refresh can navigate the page away (to a URL, or to a local file) when it is opened.
const REFRESH = /<meta\b[^>]*\bhttp-equiv\s*=\s*(["']?)\s*refresh\s*\1[^>]*>/gi;

/** The document with the policy first in its head and every meta refresh removed. */
export function sealDocument(html: string): string {
  const clean = html.replace(REFRESH, '');
  const head = /<head\b[^>]*>/i.exec(clean);
  if (head) return clean.slice(0, head.index + head[0].length) + META + clean.slice(head.index + head[0].length);
  const start = /^\s*(<!doctype[^>]*>)?\s*(<html\b[^>]*>)?/i.exec(clean)![0];
  return `${start}<head>${META}</head>${clean.slice(start.length)}`;
}
