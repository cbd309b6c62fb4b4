// npm run bench: times whole processes (median of several runs after a warm-up) of nap and of
// the tools a user might pick instead, on synthetic plans of growing size. Prints a table and
// the ratios. Options: --sizes 100,1000,10000  --runs 5  --pdf-max 1000  --many 200
//   --only validate   only the rows of validation (no report, PDF or diff)
//   --only site       only nap site, for a plan of 1,000 actions with 3 years (target: under 5 s)
//   --only datacall   only nap request and nap collect of a plan of --sizes (default 1000) actions
//   --baseline DIR    another built checkout of nap, whose validation is timed beside this one
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { generate, generateMany, generateVariants } from './generate.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? dflt : process.argv[i + 1];
};
const sizes = arg('sizes', '100,1000,10000').split(',').map(Number);
const runs = Number(arg('runs', '5'));
const pdfMax = Number(arg('pdf-max', '1000'));
const many = Number(arg('many', '200'));
const only = arg('only', 'all');
// The other entries' rows, off for an --only that names an entry of its own (site).
const others = only === 'all' || only === 'validate';
const baseline = arg('baseline', undefined);
const nap = join(repo, 'bin/nap.js');
const napBefore = baseline && join(resolve(baseline), 'bin/nap.js');
const bin = (name) => join(repo, 'node_modules/.bin', name);
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const browser =
  ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync) ??
  process.env.PUPPETEER_EXECUTABLE_PATH;
const root = mkdtempSync(join(tmpdir(), 'nap-bench-'));
const rows = [];

/** One process: wall seconds and peak RSS in MB (largest process, from GNU time). */
function once(cmd, args, opts = {}) {
  const full = gnuTime ? [gnuTime, ['-f', '@@%M', cmd, ...args]] : [cmd, args];
  const t = process.hrtime.bigint();
  const r = spawnSync(full[0], full[1], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, NO_COLOR: '1' },
    ...opts,
  });
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  const expect = opts.expectCodes ?? [0];
  if (!expect.includes(r.status))
    throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${(r.stderr ?? '').slice(-600)}`);
  const m = /@@(\d+)\s*$/.exec(r.stderr ?? '');
  return { seconds, mb: m ? Number(m[1]) / 1024 : Number.NaN };
}

function measure(label, size, cmd, args, opts) {
  once(cmd, args, opts); // warm-up: file cache, JIT caches
  const samples = Array.from({ length: opts?.runs ?? runs }, () => once(cmd, args, opts));
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const row = {
    size,
    label,
    seconds: median(samples.map((s) => s.seconds)),
    mb: Math.max(...samples.map((s) => s.mb)),
  };
  rows.push(row);
  console.error(
    `  ${String(size).padStart(6)}  ${label.padEnd(34)} ${row.seconds.toFixed(3)} s  ${row.mb.toFixed(0)} MB`,
  );
  return row;
}

function toJson(file) {
  const out = file.replace(/\.yaml$/, '.json');
  writeFileSync(out, JSON.stringify(parse(readFileSync(file, 'utf8'))));
  return out;
}

// --only datacall: the yearly data call on a plan of 1,000 actions, on its own (README, "The yearly
// data call"): nap request for all its actors, then nap collect of all their returns, filled in.
if (only === 'datacall') {
  try {
    await dataCall(Number(arg('sizes', '1000').split(',')[0]));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  process.exit(0);
}

async function dataCall(n) {
  const { id } = generate(root, n);
  console.error(`nap benchmark, data call, ${n} actions, ${runs} runs per median; working in ${root}`);
  const request = measure('nap request (xlsx, every actor)', n, 'node', [nap, 'request', id, '--year', '2023']);
  const { default: ExcelJS } = await import('exceljs');
  const dir = join(root, 'requests');
  const returns = readdirSync(dir).filter((f) => f.endsWith('.xlsx'));
  mkdirSync(join(root, 'returns'));
  let cells = 0;
  for (const f of returns) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(dir, f)));
    const [, actions, indicators] = wb.worksheets;
    for (let r = 2; r <= actions.rowCount; r++) {
      actions.getRow(r).getCell(7).value = r % 3 ? 'In progress' : 'Completed';
      actions.getRow(r).getCell(8).value = `Benchmark text ${r}.`;
      cells += 2;
    }
    for (let r = 2; r <= indicators.rowCount; r++) {
      const row = indicators.getRow(r);
      const unit = String(row.getCell(4).value);
      if (unit.includes('per sex')) [row.getCell(7).value, row.getCell(8).value] = [r, r + 1];
      else row.getCell(6).value = unit.startsWith('Text') ? `Result ${r}` : unit.startsWith('Yes') ? 'Yes' : r % 90;
      cells += 1;
    }
    await wb.xlsx.writeFile(join(root, 'returns', f));
  }
  const files = returns.map((f) => `returns/${f}`);
  const collect = measure(`nap collect (${returns.length} returns, ${cells} cells)`, n, 'node', [
    nap,
    'collect',
    ...files,
  ]);
  console.error(
    `\n| actions | command | median wall time | peak RSS |\n|---:|---|---:|---:|\n${[request, collect]
      .map((r) => `| ${r.size} | ${r.label} | ${r.seconds.toFixed(3)} s | ${r.mb.toFixed(0)} MB |`)
      .join('\n')}`,
  );
}

try {
  console.error(
    `nap benchmark, ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${runs} runs per median; working in ${root}`,
  );
  const start = measure('nap --version (start-up)', 0, 'node', [nap, '--version']);
  if (napBefore) measure('nap --version (start-up) (baseline)', 0, 'node', [napBefore, '--version']);
  measure('node -e 0 (bare start)', 0, 'node', ['-e', '0']);
  if (only === 'all' || only === 'site') siteBench();
  for (const n of others ? sizes : []) {
    const { id, idB } = generate(root, n);
    const planFile = `plans/${id}/plan.yaml`;
    const progress = [2020, 2021, 2022].map((y) => `plans/${id}/progress/${y}.yaml`);
    const r = n >= 10000 ? Math.max(3, Math.min(runs, 3)) : runs;
    validate('nap validate', n, `plans/${id}`, { runs: r });
    measure(
      'ajv-cli (same YAML, same schemas)',
      n,
      'bash',
      [
        '-c',
        `${bin('ajv')} validate --spec=draft7 --all-errors --allow-union-types -s ${repo}schemas/plan.schema.json -d ${planFile} >/dev/null && ${bin('ajv')} validate --spec=draft7 --all-errors --allow-union-types -s ${repo}schemas/progress.schema.json -r ${repo}schemas/plan.schema.json ${progress.map((p) => `-d ${p}`).join(' ')} >/dev/null`,
      ],
      { runs: r },
    );
    if (n >= 1000) {
      const { alone, error } = generateVariants(root, n);
      validate('nap validate, plan alone', n, `plans/${alone}`, { runs: r });
      validate('nap validate, one error', n, `plans/${error}`, { runs: r, expectCodes: [1] });
    }
    if (only === 'validate') continue;
    measure(
      'nap report --format html',
      n,
      'node',
      [nap, 'report', id, '--year', '2022', '--format', 'html', '--out', `out/${id}`],
      { runs: r },
    );
    if (n <= pdfMax && browser) {
      measure(
        'nap report --format pdf',
        n,
        'node',
        [nap, 'report', id, '--year', '2022', '--format', 'pdf', '--out', `out/${id}`, '--timeout', '600'],
        { runs: Math.min(r, 3) },
      );
      const html = ['parliament', 'brief'].map((k) => join(root, `out/${id}/${id}-2022-${k}.en.html`));
      measure(
        'chromium --print-to-pdf (same HTML)',
        n,
        'bash',
        [
          '-c',
          html
            .map(
              (h) =>
                `${browser} --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync --no-pdf-header-footer --print-to-pdf=${h}.floor.pdf file://${h} 2>/dev/null`,
            )
            .join(' && '),
        ],
        { runs: Math.min(r, 3) },
      );
    }
    // The two matrices only, as jsondiffpatch is given them: the old edition's progress (followed
    // commitments, read by default) is work jsondiffpatch does not do.
    measure(
      'nap diff --format json',
      n,
      'bash',
      ['-c', `node ${nap} diff ${id} ${idB} --format json --no-progress > /dev/null; test $? -le 1`],
      { runs: r },
    );
    const a = toJson(join(root, planFile));
    const b = toJson(join(root, `plans/${idB}/plan.yaml`));
    measure(
      'jsondiffpatch (same editions, JSON)',
      n,
      'bash',
      ['-c', `${bin('jsondiffpatch')} ${a} ${b} > /dev/null; test $? -le 1`],
      { runs: r },
    );
  }
  if (many && others) manyPlans();
  if (only === 'all') badInputs();
  if (browser && only === 'all') {
    const one = measure(
      'pdf: 1 document (cold browser)',
      102,
      'node',
      [
        nap,
        'report',
        'be-2013',
        '--year',
        '2015',
        '--kind',
        'brief',
        '--format',
        'pdf',
        '--out',
        join(root, 'out/be'),
        '--timeout',
        '600',
      ],
      { cwd: repo, runs: 3 },
    );
    const batch = measure(
      'pdf: 6 documents, one browser',
      102,
      'node',
      [
        nap,
        'report',
        'be-2013',
        '--year',
        '2015',
        '--lang',
        'en,fr,nl',
        '--format',
        'pdf',
        '--out',
        join(root, 'out/be'),
        '--timeout',
        '600',
      ],
      { cwd: repo, runs: 3 },
    );
    const single = measure(
      'pdf: parliament en only',
      102,
      'node',
      [
        nap,
        'report',
        'be-2013',
        '--year',
        '2015',
        '--kind',
        'parliament',
        '--format',
        'pdf',
        '--out',
        join(root, 'out/be'),
        '--timeout',
        '600',
      ],
      { cwd: repo, runs: 3 },
    );
    // Issue 9's target: both documents of the sample (cold: a browser started for them) against
    // two runs of Chromium's own printing of the same two HTML files.
    const be = join(root, 'out/be-both');
    once('node', [nap, 'report', 'be-2013', '--year', '2015', '--format', 'html', '--out', be], { cwd: repo });
    measure(
      'pdf: both documents of the sample (cold browser)',
      102,
      'node',
      [nap, 'report', 'be-2013', '--year', '2015', '--format', 'pdf', '--out', be, '--timeout', '600'],
      { cwd: repo, runs: 3 },
    );
    measure(
      'chromium --print-to-pdf, the same two HTML files',
      102,
      'bash',
      [
        '-c',
        ['parliament', 'brief']
          .map((k) => join(be, `be-2013-2015-${k}.en.html`))
          .map(
            (h) =>
              `${browser} --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync --no-pdf-header-footer --print-to-pdf=${h}.floor.pdf file://${h} 2>/dev/null`,
          )
          .join(' && '),
      ],
      { runs: 3 },
    );
    rows.push({
      size: 102,
      label: 'pdf: each additional document',
      seconds: (batch.seconds - one.seconds) / 5,
      mb: Number.NaN,
    });
    void single;
  }
  print(start);
} finally {
  rmSync(root, { recursive: true, force: true });
  try {
    // Only what this run started (its own working folder is in their command lines), never
    // another run's processes.
    execFileSync('pkill', ['-f', root], { stdio: 'ignore' });
  } catch {
    // nothing left running
  }
}

/** `nap site` of a synthetic plan of 1,000 actions with three years of progress (issue 14: under 5 s). */
function siteBench() {
  const n = 1000;
  const { id } = generate(join(root, 'site-bench'), n);
  const row = measure('nap site (3 years of progress)', n, 'node', [nap, 'site', id, '--out', `site-${id}`], {
    runs: Math.min(runs, 3),
    cwd: join(root, 'site-bench'),
  });
  console.error(`  target, nap site of ${n} actions under 5 s: ${row.seconds < 5 ? 'met' : 'NOT MET'}`);
}

/** `nap validate` of a folder, and of the baseline's when given. */
function validate(label, n, folder, opts) {
  measure(label, n, 'node', [nap, 'validate', folder], opts);
  if (napBefore) measure(`${label} (baseline)`, n, 'node', [napBefore, 'validate', folder], opts);
}

/** A folder of many small plans, as ajv-cli would be given them too (a glob per schema). */
function manyPlans() {
  const plans = generateMany(join(root, 'many'), many, 100);
  const label = `${many} plans of 100 actions`;
  validate(`nap validate, ${label}`, many * 100, plans, {});
  measure(
    `ajv-cli, ${label}`,
    many * 100,
    'bash',
    [
      '-c',
      `${bin('ajv')} validate --spec=draft7 --all-errors --allow-union-types -s ${repo}schemas/plan.schema.json -d '${plans}/*/plan.yaml' >/dev/null && ${bin('ajv')} validate --spec=draft7 --all-errors --allow-union-types -s ${repo}schemas/progress.schema.json -r ${repo}schemas/plan.schema.json -d '${plans}/*/progress/*.yaml' >/dev/null`,
    ],
    {},
  );
}

/** Each broken file of the test corpus, plus generated extremes: every one must end in an error within a second. */
function badInputs() {
  const dir = join(repo, 'test/fixtures/bad');
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
  const cases = Object.entries(expected)
    .filter(([, e]) => e.kind === 'plan')
    .map(([name]) => [name, readFileSync(join(dir, name))]);
  const keys = Array.from({ length: 30000 }, (_, i) => `k${i}: ${i}`).join('\n');
  cases.push(['30,000 unknown keys', `nap: 1\nid: x\n${keys}\n`]);
  cases.push(['30,000 keys, one duplicate', `nap: 1\n${keys}\nk17: again\n`]);
  cases.push(['100,000 nested brackets', `nap: 1\nx: ${'['.repeat(100000)}${']'.repeat(100000)}\n`]);
  cases.push(['11 MB file', `nap: 1\n# ${'x'.repeat(11 * 1024 * 1024)}\n`]);
  cases.push(['a million items in brackets', `nap: 1\nx: [${'t,'.repeat(1_000_000)}t]\n`]);
  cases.push(['a million lines', `nap: 1\nx:\n${'- t\n'.repeat(1_000_000)}`]);
  let worst = { seconds: 0, name: '' };
  for (const [name, content] of cases) {
    const folder = join(root, 'bad', 'plans', 'bad');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'plan.yaml'), content);
    const t = once('node', [nap, 'validate', folder], { expectCodes: [1] });
    if (t.seconds > worst.seconds) worst = { seconds: t.seconds, name };
  }
  rows.push({
    size: 0,
    label: `bad input, slowest of ${cases.length} (${worst.name})`,
    seconds: worst.seconds,
    mb: Number.NaN,
  });
  console.error(`  bad inputs: slowest ${worst.seconds.toFixed(3)} s (${worst.name})`);
}

function print(start) {
  const out = [];
  out.push('| actions | command | median wall time | peak RSS | per action |', '|---:|---|---:|---:|---:|');
  for (const r of rows) {
    const per = r.size > 0 ? `${((r.seconds * 1000) / r.size).toFixed(3)} ms` : '';
    out.push(
      `| ${r.size || ''} | ${r.label} | ${r.seconds.toFixed(3)} s | ${Number.isNaN(r.mb) ? '' : `${r.mb.toFixed(0)} MB`} | ${per} |`,
    );
  }
  const find = (size, label) => rows.find((r) => r.size === size && r.label === label);
  out.push('', 'Ratios (other tool / nap; above 1 means nap is faster):');
  for (const n of sizes) {
    const pairs = [
      ['validate', 'ajv-cli (same YAML, same schemas)', 'nap validate'],
      ['pdf', 'chromium --print-to-pdf (same HTML)', 'nap report --format pdf'],
      ['diff', 'jsondiffpatch (same editions, JSON)', 'nap diff --format json'],
    ];
    for (const [what, other, ours] of pairs) {
      const o = find(n, other);
      const u = find(n, ours);
      if (o && u) out.push(`- ${n} actions, ${what}: ${(o.seconds / u.seconds).toFixed(2)}`);
    }
  }
  out.push(`- start-up (nap --version): ${start.seconds.toFixed(3)} s`);
  // The targets of issue 9, as nap / other (below 1 means nap is faster).
  out.push('', 'Targets (nap / other, or as stated):');
  const ratio = (a, b, what) => {
    if (a && b) out.push(`- ${what}: ${(a.seconds / b.seconds).toFixed(2)}`);
  };
  for (const n of sizes) {
    ratio(find(n, 'nap validate'), find(n, 'ajv-cli (same YAML, same schemas)'), `validate ${n} actions / ajv-cli`);
    ratio(find(n, 'nap validate, one error'), find(n, 'nap validate'), `validate ${n} actions, one error / none`);
    for (const label of ['nap validate', 'nap validate, plan alone', 'nap validate, one error'])
      ratio(find(n, label), find(n, `${label} (baseline)`), `${label}, ${n} actions / baseline`);
  }
  const label = `${many} plans of 100 actions`;
  ratio(
    find(many * 100, `nap validate, ${label}`),
    find(many * 100, `ajv-cli, ${label}`),
    `validate ${label} / ajv-cli`,
  );
  ratio(
    find(many * 100, `nap validate, ${label}`),
    find(many * 100, `nap validate, ${label} (baseline)`),
    `validate ${label} / baseline`,
  );
  ratio(start, find(0, 'node -e 0 (bare start)'), 'nap --version / node -e 0');
  ratio(
    find(102, 'pdf: both documents of the sample (cold browser)'),
    find(102, 'chromium --print-to-pdf, the same two HTML files'),
    'both PDFs of the sample / chromium twice',
  );
  for (const n of sizes)
    ratio(
      find(n, 'nap diff --format json'),
      find(n, 'jsondiffpatch (same editions, JSON)'),
      `diff ${n} actions / jsondiffpatch`,
    );
  console.log(out.join('\n'));
}
