import { assessorId } from '../model/assessment.js';
import { pointerSegment } from '../model/pointer.js';
import { defineRule } from './rule.js';

export const nap074 = defineRule({
  code: 'NAP074',
  severity: 'error',
  title: 'Action assessed twice by one assessor',
  explanation:
    'An assessor rates each action once a year; two ratings of the same action by the same assessor contradict each other, and documents could show only one. Merge the two assessments into one.',
  checks: {
    folder(ctx) {
      const seen = new Map<string, { file: string; line: () => number }>();
      for (const f of ctx.assessments) {
        const a = f.data;
        if (!a) continue;
        const who = assessorId(a);
        for (const key of Object.keys(a.actions)) {
          const pointer = `/actions/${pointerSegment(key)}`;
          const slot = `${a.year}\u0000${who}\u0000${key}`;
          const earlier = seen.get(slot);
          if (earlier) {
            f.report(
              pointer,
              `${who} assesses action ${key} for ${a.year} twice: here and in ${earlier.file} line ${earlier.line()}`,
              'keep one assessment of the action: merge the two comments',
              'key',
            );
            continue;
          }
          // The line is looked up only when needed: it builds the file's position index.
          seen.set(slot, { file: f.file, line: () => f.line(pointer, 'key') });
        }
      }
    },
  },
});
