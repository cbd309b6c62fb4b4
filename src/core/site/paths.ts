/**
 * Where each page of a site lives. Built from ids only, so a link cited in a parliamentary
 * question stays valid across rebuilds: <plan>/<lang>/actions/<action id>.html. Relative links
 * everywhere, so the site works from disk, on any server and under any path (GitHub Pages).
 */

/** An id as a file name: letters, digits, '.' and '-' kept; anything else (and '_') as _XX bytes. */
export function slug(id: string): string {
  const out = [...Buffer.from(id, 'utf8')]
    .map((b) => {
      const c = String.fromCharCode(b);
      return /[A-Za-z0-9.-]/.test(c) ? c : `_${b.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');
  // A leading dot would make a hidden file.
  return out.startsWith('.') ? `_2E${out.slice(1)}` : out;
}

export const sitePaths = {
  root: (lang: string, defaultLang: string) => (lang === defaultLang ? 'index.html' : `index.${lang}.html`),
  home: (plan: string, lang: string) => `${plan}/${lang}/index.html`,
  search: (plan: string, lang: string) => `${plan}/${lang}/search.html`,
  objective: (plan: string, lang: string, id: string) => `${plan}/${lang}/objectives/${slug(id)}.html`,
  action: (plan: string, lang: string, id: string) => `${plan}/${lang}/actions/${slug(id)}.html`,
  actor: (plan: string, lang: string, id: string) => `${plan}/${lang}/actors/${slug(id)}.html`,
  assessor: (plan: string, lang: string, id: string) => `${plan}/${lang}/assessors/${slug(id)}.html`,
  downloads: (plan: string) => `${plan}/downloads`,
};

/** The link from one page of the site to another: relative, so the site can move. */
export function relative(from: string, to: string): string {
  const up = from.split('/').length - 1;
  return `${'../'.repeat(up)}${to}`;
}
