import type { ParsedYaml } from '../load/yaml.js';
import { planLookup } from '../model/plan-lookup.js';
import { eachTextMap } from '../model/text-maps.js';
import type { Plan } from '../model/types.generated.js';
import { checksOf } from '../rules/index.js';
import type { CheckedFile, CheckedProgress } from './check-file.js';
import type { CheckedNarrative } from './check-narrative.js';
import { FileReporter } from './reporter.js';

/**
 * The semantic stage: every rule of the list on the files that passed the schema
 * (a progress file or narrative only against a plan that passed too), then the folder-wide rules.
 */
export function runRules(
  plan: CheckedFile<Plan>,
  progress: readonly CheckedProgress[],
  folder: {
    folderName: string;
    siblingIds?: ReadonlySet<string>;
    actionsOf?: (planId: string) => ReadonlySet<string> | undefined;
  },
  narratives: readonly CheckedNarrative[] = [],
): void {
  // One reporter per file, shared by the rules; its findings join the file's at the end.
  const reporters = new Map<CheckedFile<unknown>, FileReporter>();
  const reporterOf = (f: CheckedFile<unknown>, parsed: ParsedYaml) => {
    const r = reporters.get(f) ?? new FileReporter(parsed);
    reporters.set(f, r);
    return r;
  };
  const valid = plan.data;
  if (valid && plan.parsed) {
    const r = reporterOf(plan, plan.parsed);
    for (const { code, check } of checksOf('plan'))
      check(valid, {
        ...r.for(code),
        folderName: folder.folderName,
        siblingIds: folder.siblingIds,
        ...(folder.actionsOf ? { actionsOf: folder.actionsOf } : {}),
      });
    textMaps(valid, valid, r);
    const lookup = planLookup(valid);
    for (const p of progress) {
      if (!p.data || !p.parsed) continue;
      const pr = reporterOf(p, p.parsed);
      for (const { code, check } of checksOf('progress'))
        check(p.data, { ...pr.for(code), lookup, yearFromName: p.yearFromName });
      textMaps(p.data, valid, pr);
    }
    for (const n of narratives) {
      if (!n.data || !n.parsed) continue;
      const nr = reporterOf(n, n.parsed);
      for (const { code, check } of checksOf('narrative'))
        check(n.data, { ...nr.for(code), plan: valid, yearFromName: n.yearFromName });
      textMaps(n.data, valid, nr);
    }
  }
  for (const { code, check } of checksOf('folder')) {
    check({
      progress: progress.flatMap((p) => {
        if (!p.parsed) return []; // not readable as text: the read stage has said why
        const r = reporterOf(p, p.parsed);
        return [
          {
            ...r.for(code),
            file: p.file,
            yearFromName: p.yearFromName,
            data: valid ? p.data : undefined,
            reportFile: r.forFile(code),
          },
        ];
      }),
    });
  }
  for (const [f, r] of reporters) f.findings.push(...r.findings);
}

/** The language maps of one file, walked once for all the rules that check them. */
function textMaps(data: unknown, plan: Plan, r: FileReporter): void {
  const checks = checksOf('textMap').map(({ code, check }) => ({
    check,
    ctx: { ...r.for(code), lang: plan.lang, languages: plan.languages ?? [] },
  }));
  for (const { map, pointer } of eachTextMap(data)) for (const { check, ctx } of checks) check(map, pointer, ctx);
}
