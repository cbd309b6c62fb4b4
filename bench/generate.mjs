// Synthetic plans for the benchmark: N actions (three indicators each), progress for three
// years, and a second edition with about 10% of actions reworded, renumbered, moved, added
// or removed. Deterministic, so runs compare.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const WORDS =
  'women peace security participation protection prevention relief recovery gender mainstreaming training mediation justice violence conflict mission police defence diplomacy cooperation equality rights refugees asylum trafficking reporting monitoring budget parliament civil society dialogue network expertise data analysis strategy programme support advocacy awareness campaign'.split(
    ' ',
  );

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function sentence(r, n) {
  const w = [];
  for (let i = 0; i < n; i++) w.push(WORDS[Math.floor(r() * WORDS.length)]);
  w[0] = w[0][0].toUpperCase() + w[0].slice(1);
  return `${w.join(' ')}.`;
}

const ACTORS = ['foreign-affairs', 'development', 'defence', 'interior', 'justice', 'equality'];

function actions(n, seed) {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => ({
    key: i,
    text: `${sentence(r, 10)} Commitment ${i + 1}.`,
    actors: [ACTORS[i % 6], ACTORS[(i + 2) % 6]],
  }));
}

function planYaml(id, list, perGoal, extra = '') {
  const goals = Math.ceil(list.length / perGoal);
  const objectives = Math.ceil(goals / 10);
  let s = `nap: 1\nid: ${id}\ntitle: Synthetic plan ${id} for the benchmark\nperiod: { start: 2020, end: 2024 }\nlang: en\nillustrative: true\n${extra}actors:\n`;
  for (const a of ACTORS) s += `  - id: ${a}\n    name: Ministry of ${a}\n`;
  s += 'objectives:\n';
  for (let o = 0; o < objectives; o++) {
    s += `  - id: "${o + 1}"\n    title: Objective ${o + 1} on ${WORDS[o % WORDS.length]}\n    goals:\n`;
    for (let g = o * 10; g < Math.min(goals, (o + 1) * 10); g++) {
      s += `      - id: "${g + 1}"\n        title: Goal ${g + 1} on ${WORDS[(g * 7) % WORDS.length]} and ${WORDS[(g * 11) % WORDS.length]}\n        actions:\n`;
      list.slice(g * perGoal, (g + 1) * perGoal).forEach((a, k) => {
        s += `          - id: "${g + 1}.${k + 1}"\n            text: ${a.text}\n            actors: [${a.actors.join(', ')}]\n            lead: ${a.actors[0]}\n            indicators:\n`;
        s += `              - Narrative account of commitment ${a.key + 1}.\n`;
        s += `              - { id: c${a.key}, text: Number of activities, unit: count }\n`;
        s += `              - { id: w${a.key}, text: People trained, unit: count, disaggregation: [sex] }\n`;
      });
    }
  }
  return s;
}

function progressYaml(id, list, perGoal, year) {
  const r = rng(year);
  const statuses = ['in-progress', 'completed', 'delayed', 'not-started', 'in-progress'];
  let s = `nap: 1\nplan: ${id}\nyear: ${year}\nillustrative: true\nactions:\n`;
  list.forEach((a, i) => {
    const g = Math.floor(i / perGoal);
    const k = i % perGoal;
    s += `  "${g + 1}.${k + 1}":\n    status: ${statuses[Math.floor(r() * statuses.length)]}\n    summary: ${sentence(r, 12)}\n`;
    s += `    indicators: { 1: ${sentence(r, 5)}, c${a.key}: ${Math.floor(r() * 20)}, w${a.key}: { women: ${Math.floor(r() * 50)}, men: ${Math.floor(r() * 50)} } }\n`;
  });
  return s;
}

/** Writes plans/<id>/ for size n, plus the second edition <id>-b; returns the ids. */
export function generate(root, n) {
  const id = `synth-${n}`;
  const list = actions(n, n);
  const perGoal = 10;
  const dir = join(root, 'plans', id);
  mkdirSync(join(dir, 'progress'), { recursive: true });
  writeFileSync(join(dir, 'plan.yaml'), planYaml(id, list, perGoal));
  for (const year of [2020, 2021, 2022])
    writeFileSync(join(dir, 'progress', `${year}.yaml`), progressYaml(id, list, perGoal, year));
  // Second edition: every 10th action reworded, every 25th dropped, every 40th moved to the end, some new.
  const r = rng(7);
  const edited = list
    .filter((_, i) => i % 25 !== 24)
    .map((a, i) => (i % 10 === 3 ? { ...a, text: a.text.replace(/^(\S+ \S+)/, '$1 and girls') } : a));
  const moved = edited.filter((_, i) => i % 40 === 39);
  const next = [
    ...edited.filter((_, i) => i % 40 !== 39),
    ...moved,
    ...Array.from({ length: Math.ceil(n / 50) }, (_, i) => ({
      key: n + i,
      text: `${sentence(r, 10)} New commitment ${i + 1}.`,
      actors: ['equality'],
    })),
  ];
  const idB = `${id}-b`;
  mkdirSync(join(root, 'plans', idB), { recursive: true });
  writeFileSync(join(root, 'plans', idB, 'plan.yaml'), planYaml(idB, next, perGoal, `supersedes: ${id}\n`));
  return { id, idB };
}

/**
 * Beside plans/synth-<n>/: the same plan without progress files (synth-<n>-alone) and the same
 * plan and progress with one misspelled field in the last action (synth-<n>-error).
 */
export function generateVariants(root, n) {
  const list = actions(n, n);
  const alone = `synth-${n}-alone`;
  mkdirSync(join(root, 'plans', alone), { recursive: true });
  writeFileSync(join(root, 'plans', alone, 'plan.yaml'), planYaml(alone, list, 10));
  const error = `synth-${n}-error`;
  const dir = join(root, 'plans', error);
  mkdirSync(join(dir, 'progress'), { recursive: true });
  const plan = planYaml(error, list, 10);
  const last = plan.lastIndexOf('            text: ');
  writeFileSync(join(dir, 'plan.yaml'), `${plan.slice(0, last)}            txt: ${plan.slice(last + 18)}`);
  for (const year of [2020, 2021, 2022])
    writeFileSync(join(dir, 'progress', `${year}.yaml`), progressYaml(error, list, 10, year));
  return { alone, error };
}

/** A folder of `count` plans of `n` actions, each with progress for three years (the wpsnaps scale). */
export function generateMany(root, count, n) {
  const list = actions(n, n);
  for (let p = 0; p < count; p++) {
    const id = `country-${String(p + 1).padStart(3, '0')}`;
    const dir = join(root, 'plans', id);
    mkdirSync(join(dir, 'progress'), { recursive: true });
    writeFileSync(join(dir, 'plan.yaml'), planYaml(id, list, 10));
    for (const year of [2020, 2021, 2022])
      writeFileSync(join(dir, 'progress', `${year}.yaml`), progressYaml(id, list, 10, year));
  }
  return join(root, 'plans');
}
