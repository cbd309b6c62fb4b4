import Handlebars from 'handlebars';
import { NapError, TemplateError } from '../errors.js';
import { lookupMessage, type Messages, MissingMessageError } from '../model/messages.js';
import { registerHelpers } from './helpers.js';
import { DOCUMENT_KINDS, type DocumentKind, type DocumentKindSpec } from './kinds.js';
import { precompiled } from './precompiled.js';
import { sealDocument } from './seal.js';
import { type KnownNames, parseChecked } from './template-check.js';
import type { FoundFile, TemplateSource } from './template-source.js';

type Compiled = (context: unknown, options?: Handlebars.RuntimeOptions) => string;

/** Options of every template; scripts/precompile-templates.mjs compiles the built-in ones ahead with the same. */
export const COMPILE_OPTIONS = Object.freeze({ strict: false, preventIndent: true });

/**
 * The templates of one source compiled once and reused for every document of a run.
 * Knows no document's contents: callers give each kind its context.
 */
export class TemplateRenderer {
  private constructor(
    private readonly hb: typeof Handlebars,
    private readonly documents: Map<DocumentKind, Compiled>,
    private readonly css: Map<DocumentKind, string>,
    private readonly logo: string | undefined,
  ) {}

  /** Compiles the partials and the templates of the given kinds; a broken template names its file and line. */
  static async create(
    source: TemplateSource,
    messages: Messages,
    kinds: readonly DocumentKind[],
  ): Promise<TemplateRenderer> {
    const hb = Handlebars.create();
    const helpers = registerHelpers(hb, messages);
    const partialNames = (await source.list('partials', '.hbs')).map((n) => n.replace(/\.hbs$/, ''));
    const known: KnownNames = {
      helpers: new Set(helpers),
      partials: new Set(partialNames),
      hasMessage: (key) => lookupMessage(messages, key) !== undefined,
    };
    for (const name of partialNames) {
      const found = await source.readFound(`partials/${name}.hbs`);
      // A partial's final newline would land inside inline text.
      hb.registerPartial(
        name,
        compile(hb, { ...found, text: found.text.replace(/\r?\n$/, '') }, known) as Handlebars.Template,
      );
    }
    const documents = new Map<DocumentKind, Compiled>();
    for (const kind of new Set(kinds))
      documents.set(kind, compile(hb, await source.readFound(DOCUMENT_KINDS[kind].template), known));
    const css = new Map<DocumentKind, string>();
    for (const kind of new Set(kinds)) {
      const spec: DocumentKindSpec = DOCUMENT_KINDS[kind];
      const files = spec.styles ?? ['styles/base.css', 'styles/print.css'];
      css.set(kind, (await Promise.all(files.map((f) => source.read(f)))).join('\n'));
    }
    return new TemplateRenderer(hb, documents, css, await logoDataUri(source));
  }

  /** A document of a kind compiled by create(), with its context; styles and logo are added, the result sealed. */
  render(kind: DocumentKind, context: Record<string, unknown>): string {
    const template = this.documents.get(kind);
    if (!template) throw new Error(`the template of '${kind}' was not compiled`);
    const spec: DocumentKindSpec = DOCUMENT_KINDS[kind];
    const css = new this.hb.SafeString(this.css.get(kind) ?? '');
    return sealDocument(template({ ...context, css, logo: this.logo }), spec.scripts === true);
  }

  /** Markup made by nap from escaped parts (a chart), inserted as it is. */
  safe(html: string): Handlebars.SafeString {
    return new this.hb.SafeString(html);
  }
}

/**
 * Compiles a checked template; errors while rendering name the file too. Partials are
 * wrapped the same way, so the innermost template that failed is the one named.
 */
function compile(hb: typeof Handlebars, found: FoundFile & { text: string }, known: KnownNames): Compiled {
  const ast = parseChecked(hb, found.text, found.display, known);
  const ahead = precompiled(found.text, COMPILE_OPTIONS);
  const template = ahead ? hb.template(ahead) : hb.compile(ast, { ...COMPILE_OPTIONS }); // a copy: Handlebars adds to its options
  return (context, options) => {
    try {
      return template(context, options);
    } catch (err) {
      if (err instanceof NapError) throw err;
      if (err instanceof MissingMessageError) throw new TemplateError(err.message, found.display);
      const e = err as Error & { lineNumber?: number };
      throw new TemplateError(`the template failed: ${e.message}`, found.display, e.lineNumber);
    }
  };
}

async function logoDataUri(source: TemplateSource): Promise<string | undefined> {
  for (const [file, type] of [
    ['assets/logo.svg', 'image/svg+xml'],
    ['assets/logo.png', 'image/png'],
  ] as const) {
    const bytes = await source.readBytes(file);
    if (bytes) return `data:${type};base64,${bytes.toString('base64')}`;
  }
  return undefined;
}
