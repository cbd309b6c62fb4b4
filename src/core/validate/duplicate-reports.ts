import type { CheckedProgress } from './check-plan.js';
import { FileReporter } from './reporter.js';
import { pointerSegment } from '../load/pointer.js';

/**
 * One action may be reported by several files of a year only with different
 * reporters (FORMAT.md); a second report by the same reporter, or without one, is an error.
 */
export function duplicateReports(progress: readonly CheckedProgress[]): void {
  const seen = new Map<string, { file: string; at: () => number; reporter?: string }[]>();
  for (const p of progress) {
    if (!p.data || !p.parsed) continue;
    const r = new FileReporter(p.parsed);
    for (const key of Object.keys(p.data.actions)) {
      const pointer = `/actions/${pointerSegment(key)}`;
      const slot = `${p.data.year}\u0000${key}`;
      const earlier = seen.get(slot) ?? [];
      const clash = earlier.find((e) => e.reporter === undefined || p.data!.reporter === undefined || e.reporter === p.data!.reporter);
      if (clash) {
        r.add('NAP056', pointer, `action ${key} is reported twice for ${p.data.year}: here and in ${clash.file} line ${clash.at()}${p.data.reporter ? '' : ' (a file without reporter)'}`,
          p.data.reporter && clash.reporter ? 'merge the two reports into one' : "merge the two reports, or give each file its own 'reporter'", 'key');
      }
      earlier.push({ file: p.file, at: () => r.line(pointer, 'key'), ...(p.data.reporter ? { reporter: p.data.reporter } : {}) });
      seen.set(slot, earlier);
    }
    p.findings.push(...r.findings);
  }
}
