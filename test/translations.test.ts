import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  ACTION_COLUMNS,
  ASSESSMENT_COLUMNS,
  CHOSEN_STATUSES,
  INDICATOR_COLUMNS,
  REMARK_COLUMNS,
} from '../src/core/datacall/layout.js';
import { COMPLETION_SCALE } from '../src/core/model/assessment.js';
import { lookupMessage, type Messages } from '../src/core/model/messages.js';
import { NARRATIVE_SECTIONS } from '../src/core/model/narrative.js';
import { PROGRESS_CLASSES } from '../src/core/model/progress-class.js';
import { STATUSES } from '../src/core/model/status.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const i18n = join(root, 'templates/i18n');
const languages = readdirSync(i18n)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));
const messagesOf = (lang: string) => JSON.parse(readFileSync(join(i18n, `${lang}.json`), 'utf8')) as Messages;

/** Every leaf key ("diff.level.goal"); plural forms count as one key. */
function keys(m: Messages, prefix = ''): string[] {
  return Object.entries(m).flatMap(([k, v]) => {
    if (typeof v === 'string') return [`${prefix}${k}`];
    if (typeof v.other === 'string') return [`${prefix}${k}`];
    return keys(v, `${prefix}${k}.`);
  });
}

function files(dir: string, ext: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => join(e.parentPath, e.name));
}

/** Keys the code builds from a known set of values: each value gives a key. */
const DYNAMIC: Record<string, readonly string[]> = {
  'status.': STATUSES,
  'labels.': ['objective', 'goal', 'action', 'indicator', 'actor'],
  'common.': ['women', 'men', 'other', 'unknown'],
  'datacall.tracker.state.': ['missing', 'partial', 'done'],
  'diff.': ['added', 'removed', 'changed', 'reworded', 'renumbered', 'moved', 'modified', 'unchanged', 'actorChanges'],
  'diff.level.': ['objective', 'goal'],
  'diff.column.': ['added', 'removed', 'moved', 'reworded', 'renumbered', 'modified', 'unchanged'],
  'diff.count.': ['added', 'removed', 'moved', 'reworded', 'renumbered', 'modified', 'unchanged'],
  'editions.aspectCount.': ['reworded', 'renumbered', 'moved', 'actors', 'lead', 'indicators', 'due', 'budget'],
  'diff.aspect.': ['reworded', 'renumbered', 'moved', 'retitled', 'actors', 'lead', 'indicators', 'due', 'budget'],
  '.subtitle': ['parliament', 'brief'],
  'indicator.trend.': ['up', 'down', 'same'],
  'indicator.measure.': ['value', 'total', 'women', 'share-women'],
  'site.sex.': ['women', 'men', 'other', 'unknown'],
  'progress.': PROGRESS_CLASSES,
  'narrative.': NARRATIVE_SECTIONS,
  'assessment.level.': COMPLETION_SCALE.levels.map((l) => l.id),
  'assessment.': ['briefItem', 'briefUnreported'],
  'assessment.type.': ['civil-society', 'academia', 'parliament', 'government', 'international', 'other'],
  'editions.main.': ['added', 'removed', 'moved', 'reworded', 'renumbered', 'modified'],
  'editions.field.': [
    'title',
    'issuer',
    'country',
    'edition',
    'period',
    'lang',
    'languages',
    'adopted',
    'supersedes',
    'illustrative',
    'resolutions',
    'coordinators',
    'glossary',
  ],
  'site.actorType.': ['government', 'parliament', 'civil-society', 'international', 'academia', 'other'],
  'site.download.': ['json', 'xlsx'],
  'datacall.unit.': ['count', 'percent', 'amount', 'yes-no', 'text'],
  'datacall.prompt.': ['count', 'percent', 'amount', 'yes-no', 'text'],
  'datacall.invalid.': ['status', 'count', 'percent', 'amount', 'yes-no'],
  'datacall.how.': ['1', '2', '3', '4', '5'],
  'datacall.meaning.': CHOSEN_STATUSES,
  'datacall.col.': [...[...ACTION_COLUMNS, ...INDICATOR_COLUMNS].map((c): string => c.key), 'indText'],
  'assessorReturn.col.': [...[...ASSESSMENT_COLUMNS, ...REMARK_COLUMNS].map((c): string => c.key), 'indText'],
  'assessorReturn.how.': ['1', '2', '3', '4', '5'],
  'assessorReturn.meaning.': COMPLETION_SCALE.levels.map((l) => l.id),
};

function usedKeys(): { literal: Map<string, string>; dynamic: string[] } {
  const literal = new Map<string, string>();
  const dynamic: string[] = [];
  for (const file of files(join(root, 'templates'), '.hbs')) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/[{(]\s*t\s+"([^"]+)"/g)) literal.set(m[1]!, file);
    for (const m of text.matchAll(/\(concat\s+"([^"]+)"/g)) dynamic.push(m[1]!);
  }
  for (const file of files(join(root, 'src'), '.ts')) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bt\('([a-z]+\.[A-Za-z.]+)'/g)) literal.set(m[1]!, file);
    for (const m of text.matchAll(/\bt\(`([^`]*)`/g)) dynamic.push(m[1]!.replace(/\$\{[^}]+\}/g, ''));
  }
  return { literal, dynamic };
}

describe('translations', () => {
  it('en, fr and nl (and any other language shipped) have the same keys', () => {
    expect(languages).toEqual(expect.arrayContaining(['en', 'fr', 'nl']));
    const en = keys(messagesOf('en')).sort();
    for (const lang of languages) expect(keys(messagesOf(lang)).sort(), lang).toEqual(en);
  });

  it('has wording for every key a template or the code uses, in every language', () => {
    const { literal, dynamic } = usedKeys();
    expect(literal.size).toBeGreaterThan(50); // the scan really finds the keys
    const wanted = [...literal.keys()];
    for (const pattern of new Set(dynamic)) {
      const values = DYNAMIC[pattern];
      if (!values) throw new Error(`a key built as '${pattern}…' at run time: list its values in DYNAMIC`);
      wanted.push(...values.map((v) => (pattern.startsWith('.') ? `${v}${pattern}` : `${pattern}${v}`)));
    }
    for (const lang of languages) {
      const m = messagesOf(lang);
      const missing = wanted.filter((k) => lookupMessage(m, k) === undefined);
      expect(missing, `${lang} lacks`).toEqual([]);
    }
  });

  it('uses the same placeholders in every language', () => {
    const en = messagesOf('en');
    const holes = (s: unknown) => [...JSON.stringify(s).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const lang of languages) {
      const m = messagesOf(lang);
      for (const key of keys(en))
        expect(holes(lookupMessage(m, key)), `${lang} ${key}`).toEqual(
          expect.arrayContaining(holes(lookupMessage(en, key)).filter((h) => h !== 'count')),
        );
    }
  });
});
