import { UsageError } from '../errors.js';
import type { Messages } from '../model/messages.js';
import type { TemplateSource } from './template-source.js';

/** Template wording for a language: templates/i18n/<lang>.json, the user's templates first. */
export async function loadMessages(source: TemplateSource, lang: string): Promise<Messages> {
  const base = lang.split('-')[0]!;
  for (const candidate of [lang, base]) {
    if (await source.find(`i18n/${candidate}.json`)) {
      try {
        return JSON.parse(await source.read(`i18n/${candidate}.json`)) as Messages;
      } catch (err) {
        throw new UsageError(`the translation file i18n/${candidate}.json is not valid JSON: ${(err as Error).message}`);
      }
    }
  }
  const available = (await source.list('i18n', '.json')).map((n) => n.replace(/\.json$/, '')).join(', ');
  throw new UsageError(`there is no template wording for the language '${lang}' (available: ${available})`,
    `choose one of ${available}, or add i18n/${lang}.json to a folder given with --templates`);
}
