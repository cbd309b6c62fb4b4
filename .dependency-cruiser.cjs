// Import direction of nap, checked by `npm run lint` (dependency-cruiser).
//
// The layers below are the only place the direction is written down: the forbidden rules are
// generated from them. Lowest first. A module may import from its own group and from the groups
// of lower layers; groups of one layer sit side by side and never import each other.
// `notTo` adds exceptions to what a group could otherwise reach below it.

/** @type {{ groups: Record<string, { paths: string[], notTo?: string[] }> }[]} */
const LAYERS = [
  { groups: { base: { paths: ['src/core/errors.ts', 'src/core/package-root.ts', 'src/core/text/'] } } },
  { groups: { model: { paths: ['src/core/model/'] } } },
  { groups: { rules: { paths: ['src/core/rules/'] } } },
  { groups: { load: { paths: ['src/core/load/'] } } },
  // Built by npm run build: the schema validators (used by validate) and the built-in templates (used by render).
  { groups: { generated: { paths: ['src/generated/'] } } },
  { groups: { validate: { paths: ['src/core/validate/'] }, findings: { paths: ['src/core/findings/'] } } },
  {
    groups: {
      pdf: { paths: ['src/core/pdf/'] },
      render: { paths: ['src/core/render/'] },
      // The yearly data call's shared ground: the return's layout, the actor's rows, fingerprints and the call record.
      datacall: { paths: ['src/core/datacall/'] },
    },
  },
  { groups: { output: { paths: ['src/core/output/'], notTo: ['render'] } } },
  // Features: each may use everything below, never another feature.
  {
    groups: {
      report: { paths: ['src/core/report/'] },
      diff: { paths: ['src/core/diff/'] },
      request: { paths: ['src/core/request/'] },
      collect: { paths: ['src/core/collect/'] },
      status: { paths: ['src/core/status/'] },
      export: { paths: ['src/core/export/'] },
      site: { paths: ['src/core/site/'] },
    },
  },
  // The public API, then the CLI on top: the CLI may use the API, nothing below imports either.
  { groups: { api: { paths: ['src/index.ts'] } } },
  { groups: { cli: { paths: ['src/cli/'] } } },
];

/** 'src/core/text/' covers the folder, 'src/index.ts' the one file. */
const pattern = (path) => `^${path.replace(/[.+^$()[\]{}|\\]/g, '\\$&')}${path.endsWith('/') ? '' : '$'}`;

const groups = LAYERS.flatMap((layer, level) =>
  Object.entries(layer.groups).map(([name, g]) => ({ name, level, paths: g.paths.map(pattern), notTo: g.notTo ?? [] })),
);
const byName = new Map(groups.map((g) => [g.name, g]));
const pathsOf = (list) => list.flatMap((g) => g.paths);
const describe = (list) => list.map((g) => g.name).join(', ');

const layerRules = groups.flatMap((g) => {
  const rules = [];
  const above = groups.filter((o) => o.level > g.level);
  if (above.length > 0) {
    rules.push({
      name: `${g.name}-imports-upward`,
      comment: `${g.name} is in layer ${g.level + 1} of ${LAYERS.length}: it must not import ${describe(above)} (see LAYERS in .dependency-cruiser.cjs)`,
      severity: 'error',
      from: { path: g.paths },
      to: { path: pathsOf(above) },
    });
  }
  const beside = groups.filter((o) => o.level === g.level && o !== g);
  if (beside.length > 0) {
    rules.push({
      name: `${g.name}-imports-sideways`,
      comment: `${g.name} sits beside ${describe(beside)} in layer ${g.level + 1}: they never import each other`,
      severity: 'error',
      from: { path: g.paths },
      to: { path: pathsOf(beside) },
    });
  }
  if (g.notTo.length > 0) {
    const banned = g.notTo.map((name) => {
      const target = byName.get(name);
      if (!target) throw new Error(`.dependency-cruiser.cjs: ${g.name}.notTo names an unknown group '${name}'`);
      return target;
    });
    rules.push({
      name: `${g.name}-not-to-${g.notTo.join('-')}`,
      comment: `${g.name} must not import ${describe(banned)}`,
      severity: 'error',
      from: { path: g.paths },
      to: { path: pathsOf(banned) },
    });
  }
  return rules;
});

const everyLayer = pathsOf(groups);

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'in-no-layer',
      comment: 'every module under src/ belongs to a layer: add its folder to LAYERS in .dependency-cruiser.cjs',
      severity: 'error',
      from: { path: '^src/', pathNot: everyLayer },
      to: {},
    },
    {
      name: 'to-no-layer',
      comment: 'this import reaches a module in no layer: add its folder to LAYERS in .dependency-cruiser.cjs',
      severity: 'error',
      from: {},
      to: { path: '^src/', pathNot: everyLayer },
    },
    {
      name: 'no-circular',
      comment: 'modules must not depend on each other in a circle (type-only imports count)',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    includeOnly: '^src/',
    // `import type` counts: a type-only import still couples the layers.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    combinedDependencies: false,
    reporterOptions: { text: { highlightFocused: false } },
  },
};
