import type Handlebars from 'handlebars';
import { type Messages, message } from '../model/messages.js';
import { statusColour } from './chart.js';

/** Every Handlebars helper of nap, registered here and nowhere else; returns their names. */
export function registerHelpers(hb: typeof Handlebars, messages: Messages): string[] {
  const helpers: Record<string, Handlebars.HelperDelegate> = {
    // {{t "parliament.reported" year=model.year}}: template wording in the document's language.
    t: (key: string, options: Handlebars.HelperOptions) => message(messages, key, options.hash),
    eq: (a: unknown, b: unknown) => a === b,
    gt: (a: number, b: number) => a > b,
    join: (list: unknown[], sep: string) =>
      Array.isArray(list) ? list.join(typeof sep === 'string' ? sep : ', ') : '',
    concat: (...args: unknown[]) => args.slice(0, -1).join(''),
    statusColour: (status: string) => statusColour(status),
  };
  for (const [name, fn] of Object.entries(helpers)) hb.registerHelper(name, fn);
  return Object.keys(helpers);
}
