import { reportPointer } from '../model/walk.js';
import type { ProgressFileContext } from './context.js';
import { defineRule } from './rule.js';

interface Earlier {
  file: ProgressFileContext;
  reporter: string | undefined;
}

export const nap056 = defineRule({
  code: 'NAP056',
  severity: 'error',
  title: 'Action reported twice',
  explanation:
    'Several files of one year may report on the same action only when each has its own reporter; otherwise the reports would contradict each other. Merge the two reports, or give each file its own `reporter`.',
  checks: {
    folder(ctx) {
      // By year, then by action: no key is built per report, and a line is looked up only for a
      // clash. A year of one file has none: its actions are not listed.
      const files = new Map<number, number>();
      for (const f of ctx.progress) if (f.data) files.set(f.data.year, (files.get(f.data.year) ?? 0) + 1);
      const seen = new Map<number, Map<string, Earlier[]>>();
      for (const f of ctx.progress) {
        const p = f.data;
        if (!p || files.get(p.year) === 1) continue;
        const year = seen.get(p.year) ?? new Map<string, Earlier[]>();
        seen.set(p.year, year);
        const reporter = p.reporter || undefined;
        for (const key of Object.keys(p.actions)) {
          const earlier = year.get(key);
          if (!earlier) {
            year.set(key, [{ file: f, reporter }]);
            continue;
          }
          const clash = earlier.find(
            (e) => e.reporter === undefined || p.reporter === undefined || e.reporter === p.reporter,
          );
          if (clash) {
            const pointer = reportPointer(key);
            f.report(
              pointer,
              `action ${key} is reported twice for ${p.year}: here and in ${clash.file.file} line ${clash.file.line(pointer, 'key')}${p.reporter ? '' : ' (a file without reporter)'}`,
              p.reporter && clash.reporter
                ? 'merge the two reports into one'
                : "merge the two reports, or give each file its own 'reporter'",
              'key',
            );
          }
          earlier.push({ file: f, reporter });
        }
      }
    },
  },
});
