/**
 * A language named in itself, as a language switch names it: English, Français, Nederlands.
 * The link carries lang="<tag>", so its words must be in that language (WCAG 3.1.2), and a
 * reader looks for their own language's name, not its name in the page's language.
 */
export function nativeLanguageName(tag: string): string {
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return tag;
  }
}
