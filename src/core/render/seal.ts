import { createHash } from 'node:crypto';

/**
 * What a document may load when opened, in any browser: its inline styles and inline
 * (data:) images and fonts, nothing else.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";

const POLICY = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`;
// A whole <meta> tag, with '>' allowed inside quoted attribute values.
const META_TAG = /<meta\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const DOCTYPE = /^\s*<!doctype[^>]*>/i;

/**
 * The document with nap's policy as its very first element and every other `http-equiv`
 * meta removed: a template's refresh (whatever its spelling or entities) cannot navigate
 * the page, and no policy of a template can loosen nap's. Right after the doctype, the
 * policy opens the head itself, so a comment or a stray tag before `<head>` cannot push it
 * out; the template's own `<html lang>` and `<head>` still apply.
 */
export function sealDocument(html: string, inlineScripts = false): string {
  const clean = html.replace(META_TAG, (tag) => (/http-equiv/i.test(tag) ? '' : tag));
  const doctype = DOCTYPE.exec(clean)?.[0] ?? '';
  return `${doctype}${inlineScripts ? scriptPolicy(clean) : POLICY}${clean.slice(doctype.length)}`;
}

// An inline <script> without src; its text is what the hash covers. A data block
// (type="application/json") never runs, so it needs no hash.
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)(?![^>]*\btype="application\/json")[^>]*>([\s\S]*?)<\/script>/gi;

/**
 * The policy of a page allowed to run its own inline scripts (the site's search): each by the
 * hash of its text, so nothing else runs, and still nothing can be fetched or sent.
 */
function scriptPolicy(html: string): string {
  const hashes = [...html.matchAll(INLINE_SCRIPT)].map(
    (m) => `'sha256-${createHash('sha256').update(m[1]!, 'utf8').digest('base64')}'`,
  );
  const policy = `${CONTENT_SECURITY_POLICY}; script-src ${hashes.length ? hashes.join(' ') : "'none'"}`;
  return `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
}
