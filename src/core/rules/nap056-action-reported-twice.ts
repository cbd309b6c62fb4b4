import { pointerSegment } from '../model/pointer.js';
import { defineRule } from './rule.js';

interface Earlier {
  file: string;
  reporter: string | undefined;
  line: () => number;
}

export const nap056 = defineRule({
  code: 'NAP056',
  severity: 'error',
  title: 'Action reported twice',
  explanation:
    'Several files of one year may report on the same action only when each has its own reporter; otherwise the reports would contradict each other. Merge the two reports, or give each file its own `reporter`.',
  checks: {
    folder(ctx) {
      const seen = new Map<string, Earlier[]>();
      for (const f of ctx.progress) {
        const p = f.data;
        if (!p) continue;
        for (const key of Object.keys(p.actions)) {
          const pointer = `/actions/${pointerSegment(key)}`;
          const slot = `${p.year}\u0000${key}`;
          const earlier = seen.get(slot) ?? [];
          const clash = earlier.find(
            (e) => e.reporter === undefined || p.reporter === undefined || e.reporter === p.reporter,
          );
          if (clash) {
            f.report(
              pointer,
              `action ${key} is reported twice for ${p.year}: here and in ${clash.file} line ${clash.line()}${p.reporter ? '' : ' (a file without reporter)'}`,
              p.reporter && clash.reporter
                ? 'merge the two reports into one'
                : "merge the two reports, or give each file its own 'reporter'",
              'key',
            );
          }
          // The line is looked up only when needed: it builds the file's position index.
          earlier.push({ file: f.file, reporter: p.reporter || undefined, line: () => f.line(pointer, 'key') });
          seen.set(slot, earlier);
        }
      }
    },
  },
});
