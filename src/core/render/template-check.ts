import type Handlebars from 'handlebars';
import { TemplateError } from '../errors.js';

type Node = hbs.AST.Node & Record<string, unknown>;

/** Handlebars' own helpers, always there. */
const BUILTIN_HELPERS = new Set([
  'if',
  'unless',
  'each',
  'with',
  'lookup',
  'log',
  'blockHelperMissing',
  'helperMissing',
]);

export interface KnownNames {
  helpers: ReadonlySet<string>;
  partials: ReadonlySet<string>;
  /** Whether a translation key exists, for `{{t "key"}}` with a literal key. */
  hasMessage: (key: string) => boolean;
}

/**
 * Parses a template and checks what Handlebars would only notice when a branch runs:
 * unknown helpers, unknown partials, translation keys that do not exist.
 * Errors name the file and line.
 */
export function parseChecked(hb: typeof Handlebars, source: string, file: string, known: KnownNames): hbs.AST.Program {
  let ast: hbs.AST.Program;
  try {
    ast = hb.parse(source);
  } catch (err) {
    const e = err as Error & { lineNumber?: number };
    const line = e.lineNumber ?? Number(/line (\d+)/.exec(e.message)?.[1] ?? 0);
    throw new TemplateError(
      `the template does not compile: ${e.message.split('\n')[0]!.replace(/ on line \d+:?$/, '')}`,
      file,
      line || undefined,
    );
  }
  visit(ast as unknown as Node, (node) => check(node, file, known));
  return ast;
}

function check(node: Node, file: string, known: KnownNames): void {
  const line = (node.loc as hbs.AST.SourceLocation | undefined)?.start.line;
  const path = node.path as hbs.AST.PathExpression | undefined;
  const params = (node.params as hbs.AST.Expression[] | undefined) ?? [];
  const isCall = node.type === 'SubExpression' || params.length > 0 || Boolean(node.hash);
  const simple = path?.type === 'PathExpression' && path.parts.length === 1 && !path.data && path.original !== 'this';
  if (
    (node.type === 'MustacheStatement' || node.type === 'BlockStatement' || node.type === 'SubExpression') &&
    isCall &&
    simple
  ) {
    const name = path.original;
    if (!known.helpers.has(name) && !BUILTIN_HELPERS.has(name)) {
      throw new TemplateError(
        `unknown helper '${name}'`,
        file,
        line,
        `use one of nap's helpers: ${[...known.helpers].sort().join(', ')} (and Handlebars' if, unless, each, with, lookup)`,
      );
    }
    const first = params[0];
    if (name === 't' && first?.type === 'StringLiteral' && !known.hasMessage((first as hbs.AST.StringLiteral).value)) {
      throw new TemplateError(
        `no wording for the key '${(first as hbs.AST.StringLiteral).value}' in the translation files`,
        file,
        line,
        'use a key of templates/i18n/en.json, or add it to i18n/<lang>.json in your templates folder',
      );
    }
  }
  if (node.type === 'PartialStatement') {
    const name = node.name as hbs.AST.PathExpression | hbs.AST.SubExpression;
    if (name.type === 'PathExpression' && !known.partials.has(name.original)) {
      throw new TemplateError(
        `unknown partial '${name.original}'`,
        file,
        line,
        `use one of the partials: ${[...known.partials].sort().join(', ')}`,
      );
    }
  }
}

/** Every node of the tree, depth first (templates are small: recursion is fine). */
function visit(node: Node, fn: (n: Node) => void): void {
  fn(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const v of value) if (isNode(v)) visit(v, fn);
    if (isNode(value)) visit(value, fn);
  }
}

function isNode(v: unknown): v is Node {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as { type?: unknown }).type === 'string' &&
    (v as { type: string }).type !== 'loc'
  );
}
