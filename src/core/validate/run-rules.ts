import type { ParsedYaml } from '../load/yaml.js';
import { planLookup } from '../model/plan-lookup.js';
import { pointerSegment } from '../model/pointer.js';
import { eachTextMap } from '../model/text-maps.js';
import type { Assessment, Plan } from '../model/types.generated.js';
import { eachAction, eachReport, reportPointer } from '../model/walk.js';
import { checksOf } from '../rules/index.js';
import type { CheckedFile, CheckedProgress } from './check-file.js';
import type { CheckedAssessment, CheckedNarrative } from './check-narrative.js';
import { FileReporter } from './reporter.js';

/**
 * The semantic stage: every rule of the list on the files that passed the schema
 * (a progress file, narrative or assessment only against a plan that passed too), then the folder-wide rules.
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
  assessments: readonly CheckedAssessment[] = [],
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
    const places = eachAction(valid);
    for (const { code, check } of checksOf('plan'))
      check(valid, {
        ...r.for(code),
        folderName: folder.folderName,
        siblingIds: folder.siblingIds,
        ...(folder.actionsOf ? { actionsOf: folder.actionsOf } : {}),
        places,
      });
    textMaps(valid, valid, r);
    const lookup = planLookup(valid, places);
    for (const p of progress) {
      if (!p.data || !p.parsed) continue;
      const pr = reporterOf(p, p.parsed);
      for (const { code, check } of checksOf('progress'))
        check(p.data, { ...pr.for(code), lookup, yearFromName: p.yearFromName });
      textMaps(p.data, valid, pr, [], VALUES);
    }
    for (const n of narratives) {
      if (!n.data || !n.parsed) continue;
      const nr = reporterOf(n, n.parsed);
      for (const { code, check } of checksOf('narrative'))
        check(n.data, { ...nr.for(code), plan: valid, yearFromName: n.yearFromName });
      textMaps(n.data, valid, nr);
    }
    for (const a of assessments) {
      if (!a.data || !a.parsed) continue;
      const ar = reporterOf(a, a.parsed);
      for (const { code, check } of checksOf('assessment'))
        check(a.data, { ...ar.for(code), lookup, yearFromName: a.yearFromName });
      textMaps(a.data, valid, ar, remarkMaps(a.data), VALUES);
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
      assessments: assessments.flatMap((a) =>
        a.parsed ? [{ ...reporterOf(a, a.parsed).for(code), file: a.file, data: valid ? a.data : undefined }] : [],
      ),
    });
  }
  for (const [f, r] of reporters) f.findings.push(...r.findings);
}

/** The language maps of one file, walked once for all the rules that check them (and maps the walk cannot tell from values). */
function textMaps(
  data: unknown,
  plan: Plan,
  r: FileReporter,
  extra: Iterable<{ map: Readonly<Record<string, string>>; pointer: string }> = [],
  opaque?: ReadonlySet<string>,
): void {
  const checks = checksOf('textMap').map(({ code, check }) => ({
    check,
    ctx: { ...r.for(code), lang: plan.lang, languages: plan.languages ?? [] },
  }));
  for (const { map, pointer } of [...eachTextMap(data, opaque), ...extra])
    for (const { check, ctx } of checks) check(map, pointer, ctx);
}

/**
 * What a report gives by indicator: in a progress file values (docs/format.md, "Values by unit"),
 * never text; in an assessment remarks, which remarkMaps yields. The walk by field name does not
 * enter them: it would take an indicator whose id is a text field's name (`title`, `notes`) for one.
 */
const VALUES: ReadonlySet<string> = new Set(['indicators']);

/**
 * An assessor's remarks per indicator are texts; under `indicators` a progress file has values
 * (a map per sex among them), so the walk by field name leaves them out.
 */
function* remarkMaps(a: Assessment): Generator<{ map: Readonly<Record<string, string>>; pointer: string }> {
  for (const { key: action, report } of eachReport(a))
    for (const [key, remark] of Object.entries(report.indicators ?? {}))
      if (typeof remark === 'object')
        yield {
          map: remark as Readonly<Record<string, string>>,
          pointer: `${reportPointer(action)}/indicators/${pointerSegment(key)}`,
        };
}
