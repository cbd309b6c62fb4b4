import type Handlebars from 'handlebars';
import { message, type Messages } from '../model/messages.js';
import { STATUS_COLOURS } from './chart.js';

/** Every Handlebars helper of nap, registered here and nowhere else. */
export function registerHelpers(hb: typeof Handlebars, messages: Messages): void {
  // {{t "parliament.reported" year=model.year}}: template wording in the document's language.
  hb.registerHelper('t', (key: string, options: Handlebars.HelperOptions) => message(messages, key, options.hash));
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('gt', (a: number, b: number) => a > b);
  hb.registerHelper('join', (list: unknown[], sep: string) => (Array.isArray(list) ? list.join(typeof sep === 'string' ? sep : ', ') : ''));
  hb.registerHelper('concat', (...args: unknown[]) => args.slice(0, -1).join(''));
  hb.registerHelper('statusColour', (status: string) => STATUS_COLOURS[status] ?? '#444');
}
