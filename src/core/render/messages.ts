import { UsageError } from '../errors.js';
import type { Messages } from '../model/messages.js';
import type { TemplateSource } from './template-source.js';

export interface LoadedMessages {
  messages: Messages;
  /** Keys the user's translation file lacks, filled from a built-in one. */
  filled: string[];
}

/**
 * Wording for a language: templates/i18n/<lang>.json (or its base language). A user's file
 * (--templates) overrides the built-in one key by key; keys it lacks come from the built-in
 * file of that language, or from English for a language nap does not ship.
 */
export async function loadMessages(source: TemplateSource, lang: string): Promise<LoadedMessages> {
  checkTag(lang);
  const base = lang.split('-')[0]!;
  const candidates = lang === base ? [lang] : [lang, base];
  const read = async (which: 'user' | 'builtin', name: string) => {
    const found = await source.find(`i18n/${name}.json`, which);
    if (!found) return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(await source.read(`i18n/${name}.json`, which));
    } catch (err) {
      throw new UsageError(
        `the translation file ${found.display} is not valid JSON: ${(err as Error).message}`,
        'fix the file, or remove it to use the built-in wording',
        'E_TRANSLATION',
      );
    }
    const bad = notWording(parsed, '');
    if (bad !== undefined) {
      throw new UsageError(
        `the translation file ${found.display} holds ${bad ? `the key '${bad}', whose value` : 'the file, which'} is not wording: every value must be text, or an object of texts`,
        'fix the file, or remove it to use the built-in wording',
        'E_TRANSLATION',
      );
    }
    return parsed as Messages;
  };
  for (const name of candidates) {
    const user = await read('user', name);
    const builtin = await read('builtin', name);
    if (!user && !builtin) continue;
    if (!user) return { messages: builtin!, filled: [] };
    const fallback = builtin ?? (await read('builtin', 'en'))!;
    const filled: string[] = [];
    const messages = merge(fallback, user, '', filled);
    if (typeof user.lang !== 'string') messages.lang = name; // plural rules follow the language
    return { messages, filled: builtin ? [] : filled };
  }
  const available = (await source.list('i18n', '.json')).map((n) => n.replace(/\.json$/, '')).join(', ');
  throw new UsageError(
    `there is no template wording for the language '${lang}' (available: ${available})`,
    `choose one of ${available}, or add i18n/${lang}.json to a folder given with --templates`,
    'E_TRANSLATION',
  );
}

/** Language tags as BCP 47 has them (en, fr-BE, nl); anything else is a usage error, not a crash. */
function checkTag(lang: string): void {
  let valid = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang);
  try {
    if (valid) Intl.getCanonicalLocales(lang);
  } catch {
    valid = false;
  }
  if (!valid)
    throw new UsageError(
      `--lang ${JSON.stringify(lang)} is not a language tag`,
      'write a tag such as en, fr or nl (several separated by commas)',
    );
}

/** `over` on top of `base`, key by key; records the keys taken from `base`. */
function merge(base: Messages, over: Messages, prefix: string, filled: string[]): Messages {
  const out: Messages = Object.create(null);
  for (const [k, v] of Object.entries(base)) {
    const mine = Object.hasOwn(over, k) ? over[k] : undefined;
    if (typeof v === 'object' && typeof mine === 'object') out[k] = merge(v, mine, `${prefix}${k}.`, filled);
    else if (mine !== undefined) out[k] = mine;
    else {
      out[k] = v;
      if (k !== 'lang') filled.push(`${prefix}${k}`);
    }
  }
  for (const [k, v] of Object.entries(over)) if (!Object.hasOwn(out, k)) out[k] = v;
  return out;
}

/** The first key whose value is neither text nor an object of wording ("" for the file itself), or undefined. */
function notWording(value: unknown, at: string): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return at;
  for (const [k, v] of Object.entries(value)) {
    if (typeof v === 'string') continue;
    const inner = notWording(v, at ? `${at}.${k}` : k);
    if (inner !== undefined) return inner || k;
  }
  return undefined;
}
