/** Template wording of one language (templates/i18n/<lang>.json), looked up by dotted key. */
export type Messages = { [key: string]: string | Messages };

export function message(messages: Messages, key: string, params: Record<string, unknown> = {}): string {
  let node: string | Messages | undefined = messages;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  // { "one": "...", "other": "..." }: the plural form for params.count, by the rules of the language.
  if (typeof node === 'object' && typeof node.other === 'string') {
    const lang = typeof messages.lang === 'string' ? messages.lang : 'en';
    const form = typeof params.count === 'number' ? new Intl.PluralRules(lang).select(params.count) : 'other';
    node = node[form] ?? node.other;
  }
  if (typeof node !== 'string') return key;
  return node.replace(/\{(\w+)\}/g, (m, name: string) => (params[name] === undefined ? m : String(params[name])));
}
