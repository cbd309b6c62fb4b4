import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { edit, PLAN, PROGRESS } from '../helpers.js';
import { nap, workspace } from './harness.js';

// Issue 15: text from a plan must never act on the terminal or on the Markdown it is placed in.

/** nap's own colours; any other ESC in the output came from a file. */
const SGR = /\u001b\[[0-9;]*m/g;
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;

describe('nap validate shows controls in plan files as escapes', () => {
  // The unknown key clears the screen and reverses the rest of the line; the line after it prints a fake verdict.
  const plan = edit(PLAN, 'title: Test plan\n', 'title: Test plan\n"title\\e[2J\\u202e\\u200b\\n✔ no problems": x\n');
  const cwd = () => workspace({ 'plans/t-2020/plan.yaml': plan.replace('supersedes: t-2016\n', '') });
  const shown = "unknown field 'title\\u001b[2J\\u202e\\u200b\\n✔ no problems'";

  it('stylish: no ESC but its own colours, the key shown escaped on one line', async () => {
    const dir = cwd();
    const plain = await nap(['validate'], { cwd: dir, tty: true, env: { NO_COLOR: '1' } });
    expect(plain.code).toBe(1);
    expect(plain.stdout).not.toMatch(RAW);
    expect(plain.stdout).toContain(`  4:1  error  ${shown}  NAP020\n`);
    expect(plain.stdout).toMatch(/^ {4}fix: remove 'title\\u001b\[2J\\u202e\\u200b\\n✔ no problems'/m);
    expect(plain.stdout.split('\n').filter((l) => l.startsWith('✔'))).toEqual([]);
    const coloured = await nap(['validate'], { cwd: dir, tty: true });
    expect(coloured.stdout).toMatch(SGR);
    expect(coloured.stdout.replace(SGR, '')).toBe(plain.stdout);
  });

  it('github: workflow commands and the step summary carry escapes, not controls', async () => {
    const dir = cwd();
    const summary = join(dir, 'summary.md');
    const r = await nap(['validate', '--format', 'github'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(r.stdout).not.toMatch(RAW);
    expect(r.stdout.split('\n')[0]).toContain(`::plans/t-2020/plan.yaml:4:1 ${shown} (fix: remove`);
    expect(r.stdout).not.toContain('%0A');
    const md = readFileSync(summary, 'utf8');
    expect(md).not.toMatch(RAW);
    expect(md.split('\n').filter((l) => l.startsWith('| error |'))).toHaveLength(1);
    expect(md).toContain("unknown field 'title\\\\u001b\\[2J\\\\u202e\\\\u200b\\\\n✔ no problems'");
  });

  it('the code frame shows one character for each, so the caret stays under its column', async () => {
    const dir = workspace({
      'plans/t-2020/plan.yaml': edit(PLAN, 'languages: [en, fr]', 'languages: [en, x\u001bc\u202ey, EN]').replace(
        'supersedes: t-2016\n',
        '',
      ),
    });
    const r = await nap(['validate'], { cwd: dir });
    expect(r.stdout).not.toMatch(RAW);
    expect(r.stdout).toContain('the text "x\\u001bc\\u202ey"');
    const lines = r.stdout.split('\n');
    const at = lines.findIndex((l) => l.includes("'languages[2]'"));
    const [source, caret] = [lines[at + 2]!, lines[at + 3]!];
    expect(source).toBe('    > 6 | languages: [en, x\u241bc\ufffdy, EN]');
    expect(source.slice(caret.indexOf('^'), caret.lastIndexOf('^') + 1)).toBe('EN');
  });

  it('a path or a command-line value in an error is escaped too', async () => {
    const dir = workspace({});
    const missing = await nap(['validate', 'plans/\u001b[2Jx'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).not.toMatch(RAW);
    expect(missing.stderr).toContain('\\u001b[2Jx');
    const usage = await nap(['validate', '--format', '\u001b[2J'], { cwd: dir });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("argument '\\u001b[2J' is invalid");
    expect(usage.stderr).not.toMatch(RAW);
  });
});

/** A text that tries every way out of its line: blocks, HTML, links, mentions, entities, controls. */
function hostile(tag: string): string {
  return [
    `${tag} starts`,
    '',
    '---',
    `# Forged ${tag}`,
    '- item',
    '1. first',
    '> quote',
    '| a | b |',
    '|---|---|',
    '<img src=x onerror=alert(1)> <b>bold</b> <!-- c -->',
    '@octocat @org/team #12 &#64;evil &lt; `code` *em* _em_ ~~gone~~ [link](http://e.test) ![i](http://i.test)',
    '<http://auto.test> \\ $x$ \u001b[2J\u202eevil\u200b end',
  ].join('\n');
}

/** Plain words, as many as the hostile text has, so that both diffs have the same shape. */
function benign(tag: string): string {
  return hostile(tag)
    .split(/\s+/)
    .map((_, i) => (i === 0 ? tag : `word${i}`))
    .join(' ');
}

/** Two editions whose every free text that reaches the diff is `text(tag)`. */
function editions(text: (tag: string) => string): Record<string, string> {
  const old = parse(PLAN.replace('id: t-2020', 'id: t-2016').replace('supersedes: t-2016\n', ''));
  old.objectives[0].goals[0].actions[0].indicators[0] = `Periodic reporting ${text('removedindicator')}`;
  old.objectives[1].actions[0].text = text('removed');
  old.actors[1].name = text('renamedfrom');
  const neu = parse(PLAN);
  neu.title = `Test plan ${text('title')}`;
  neu.issuer = text('issuer');
  neu.labels = { objective: text('label') };
  neu.actors[1].name = text('renamed');
  neu.actors.push({ id: 'hostile', name: text('actor') });
  const objective = neu.objectives[0];
  objective.title = `Normative framework ${text('objectivetitle')}`;
  const action = objective.goals[0].actions[0];
  action.text = `Apply the conventions. ${text('reworded')}`;
  action.indicators[0] = text('addedindicator');
  action.indicators[1].text = `Women in peace missions. ${text('rewordedindicator')}`;
  objective.goals.push({
    id: '9',
    title: text('goal'),
    actions: [{ id: '9.a', text: text('added'), indicators: ['Done.'], actors: ['hostile'] }],
  });
  neu.objectives[1].actions[0] = {
    id: '2.b',
    text: 'Publish the report.',
    indicators: ['Sent.'],
    actors: ['equality'],
  };
  return { 'plans/t-2016/plan.yaml': stringify(old), 'plans/t-2020/plan.yaml': stringify(neu) };
}

const diff = (text: (tag: string) => string, format: string) =>
  nap(['diff', 't-2016', 't-2020', '-f', format, '--threshold', '1'], { cwd: workspace(editions(text)) });

/** CommonMark with raw HTML on (so that any would show as a token), GFM tables and strikethrough. */
const md = new MarkdownIt('commonmark').enable(['table', 'strikethrough']);

/** The structure of a document: block tokens, and inline tokens other than text and code. */
function shape(tokens: Token[]): string[] {
  return tokens.flatMap((t) =>
    t.type === 'inline'
      ? (t.children ?? []).filter((c) => c.type !== 'text' && c.type !== 'code_inline').map((c) => `  ${c.type}`)
      : [`${t.type}${t.tag ? ` ${t.tag}` : ''}`],
  );
}

/** What a reader sees of an inline token: text and code as they show. */
const visible = (t: Token) => (t.children ?? []).map((c) => c.content).join('');

describe('nap diff shows hostile plan texts as text', () => {
  it('text: no ESC but its own colours, one line per item as for plain words', async () => {
    const r = await diff(hostile, 'text');
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(RAW);
    expect(r.stdout).toContain('\\u001b[2J\\u202eevil\\u200b end+}');
    expect(r.stdout).toContain('+ 9.a (added)\n      added starts --- # Forged added - item 1. first > quote');
    const plain = await diff(benign, 'text');
    expect(r.stdout.split('\n')).toHaveLength(plain.stdout.split('\n').length);
    const tty = await nap(['diff', 't-2016', 't-2020', '--threshold', '1'], {
      cwd: workspace(editions(hostile)),
      tty: true,
    });
    expect(tty.stdout).toMatch(SGR);
    expect(tty.stdout.replace(SGR, '')).toBe(r.stdout);
  });

  it('markdown: the same structure as plain words; no heading, rule, HTML, link or mention of its own', async () => {
    const r = await diff(hostile, 'markdown');
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(RAW);
    const tokens = md.parse(r.stdout, {});
    expect(shape(tokens)).toEqual(shape(md.parse((await diff(benign, 'markdown')).stdout, {})));
    const types = new Set(tokens.flatMap((t) => [t.type, ...(t.children ?? []).map((c) => c.type)]));
    for (const type of ['hr', 'html_block', 'html_inline', 'link_open', 'image', 'softbreak', 'hardbreak', 'em_open'])
      expect(types, type).not.toContain(type);
    const inlines = tokens.filter((t) => t.type === 'inline');
    // Plan texts reach only the headings nap makes: the plans' titles and the objectives' titles.
    expect(
      inlines.filter(
        (t) =>
          /Forged/.test(t.content) &&
          tokens[tokens.indexOf(t) - 1]!.type === 'heading_open' &&
          !/^(Test plan \(|Objective \d+: )/.test(t.content),
      ),
    ).toEqual([]);
    // GitHub links mentions and issue numbers in text, never in code.
    for (const t of inlines.flatMap((t) => t.children ?? []).filter((c) => c.type === 'text'))
      expect(t.content).not.toMatch(/@\w|#\d/);
    // Every field reached the Markdown, each shown with all its characters.
    const seen = inlines.map(visible).join('\n');
    for (const tag of [
      'title',
      'issuer',
      'label',
      'renamedfrom',
      'renamed',
      'actor',
      'objectivetitle',
      'goal',
      'added',
      'removed',
    ])
      expect(seen).toContain(
        `${tag} starts --- # Forged ${tag} - item 1. first > quote | a | b | |---|---| <img src=x onerror=alert(1)> <b>bold</b> <!-- c --> @octocat @org/team #12 &#64;evil &lt; \`code\` *em* _em_ ~~gone~~ [link](http://e.test) ![i](http://i.test) <http://auto.test> \\ $x$ \\u001b[2J\\u202eevil\\u200b end`,
      );
    for (const tag of ['reworded', 'addedindicator', 'removedindicator', 'rewordedindicator'])
      expect(seen).toContain(`${tag} starts`);
  });

  it('markdown: a hostile action text is exactly one list item', async () => {
    const tokens = md.parse((await diff(hostile, 'markdown')).stdout, {});
    const items = tokens.filter(
      (t, i) => t.type === 'inline' && tokens[i - 2]?.type === 'list_item_open' && /added starts/.test(t.content),
    );
    // once among the key changes, once under its objective
    expect(items).toHaveLength(2);
    expect(visible(items[0]!)).toMatch(/^9\.a added starts .* end \(.*\)$/);
    expect(visible(items[1]!)).toMatch(/^9\.a \(added\): added starts .* end$/);
  });

  it('the file a diff was written to is escaped in "wrote"', async () => {
    const cwd = workspace(editions(benign));
    const r = await nap(['diff', 't-2016', 't-2020', '-f', 'markdown', '--out', 'a\u001b[2J.md'], { cwd });
    expect(r.stderr).toBe('wrote a\\u001b[2J.md\n');
  });
});

describe('nap report escapes what it quotes of the files', () => {
  it('warnings and written files', async () => {
    const cwd = workspace({
      'plans/t-2020/plan.yaml': PLAN.replace('supersedes: t-2016\n', ''),
      'plans/t-2020/progress/2021/\u001b[2Jx\u202e.yaml': PROGRESS.replace('reporter: equality', 'reporter: interior'),
    });
    const r = await nap(['report', '--year', '2021', '-k', 'brief', '-f', 'html', '-o', 'b\u001b[2J.html'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('wrote b\\u001b[2J.html\n');
    expect(r.stderr).toContain('warning plans/t-2020/progress/2021/\\u001b[2Jx\\u202e.yaml:');
    expect(r.stderr).not.toMatch(RAW);
  });
});
