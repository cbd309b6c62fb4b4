// README's table of rule codes, derived from the rule list (src/core/rules/index.ts) so it
// cannot drift. `npm run build && node scripts/rules-table.mjs` prints it; with --write it
// replaces the table between the markers in README.md. test/core/rule-list.test.ts pins it.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const START = '<!-- rules:start -->';
export const END = '<!-- rules:end -->';

/** The Markdown table of a rule list: code, severity, title, explanation. */
export function rulesTable(list) {
  const cell = (s) => s.replace(/\|/g, '\\|');
  const rows = list.map((r) => `| ${r.code} | ${r.severity} | ${cell(r.title)} | ${cell(r.explanation)} |`);
  return ['| code | severity | rule | explanation |', '|---|---|---|---|', ...rows].join('\n');
}

/** The text between the markers, trimmed; undefined when the markers are missing. */
export function tableIn(readme) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  return start === -1 || end < start ? undefined : readme.slice(start + START.length, end).trim();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { ruleList } = await import('../dist/core/rules/index.js');
  const table = rulesTable(ruleList);
  if (process.argv.includes('--write')) {
    const path = fileURLToPath(new URL('../README.md', import.meta.url));
    const readme = readFileSync(path, 'utf8');
    if (tableIn(readme) === undefined) throw new Error(`README.md has no ${START} ... ${END} markers`);
    writeFileSync(
      path,
      `${readme.slice(0, readme.indexOf(START) + START.length)}\n${table}\n${readme.slice(readme.indexOf(END))}`,
    );
  } else process.stdout.write(`${table}\n`);
}
