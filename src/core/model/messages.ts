/** Template wording of one language (templates/i18n/<lang>.json), looked up by dotted key. */
export type Messages = { [key: string]: string | Messages };

/** A key with no wording: a template or nap itself asked for words the translation files lack. */
export class MissingMessageError extends Error {
  constructor(readonly key: string) {
    super(`no wording for the key '${key}' in the translation files`);
    this.name = 'MissingMessageError';
  }
}

/** The wording of a key, or undefined; only own keys count (a key named "constructor" is no wording). */
export function lookupMessage(messages: Messages, key: string): string | Messages | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of key.split('.'))
    node = typeof node === 'object' && Object.hasOwn(node, part) ? node[part] : undefined;
  return node;
}

export function message(messages: Messages, key: string, params: Record<string, unknown> = {}): string {
  let node = lookupMessage(messages, key);
  // { "one": "...", "other": "..." }: the plural form for params.count, by the rules of the language.
  if (typeof node === 'object' && typeof node.other === 'string') {
    const lang = typeof messages.lang === 'string' ? messages.lang : 'en';
    const form = typeof params.count === 'number' ? new Intl.PluralRules(lang).select(params.count) : 'other';
    node = Object.hasOwn(node, form) ? node[form] : node.other;
  }
  if (typeof node !== 'string') throw new MissingMessageError(key);
  return node.replace(/\{(\w+)\}/g, (m, name: string) =>
    Object.hasOwn(params, name) && params[name] !== undefined ? String(params[name]) : m,
  );
}
