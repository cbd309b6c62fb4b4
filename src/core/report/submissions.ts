import type { Formatter } from '../model/format.js';
import type { ProgressFileData } from '../model/progress-index.js';
import type { TextPicker } from '../model/text.js';
import type { SubmissionView } from './model-types.js';

/**
 * The table of submissions: one row per progress file of the year (a year with one file
 * without reporter is one row), with its reporter, date, notes and number of actions.
 */
export function submissionsOf(
  progress: readonly ProgressFileData[],
  year: number,
  names: ReadonlyMap<string, string>,
  f: Formatter,
  text: TextPicker,
  markdown: (s: string) => string,
): SubmissionView[] {
  return progress
    .filter((p) => p.data.year === year)
    .map(({ data }) => {
      const row: SubmissionView = {
        reporter: data.reporter ? (names.get(data.reporter) ?? data.reporter) : f.t('parliament.wholePlan'),
        notesHtml: '',
        actions: Object.values(data.actions).filter(Boolean).length,
      };
      if (data.reporter) row.reporterId = data.reporter;
      if (data.submitted) {
        row.submittedIso = data.submitted;
        row.submitted = f.isoDate(data.submitted);
      }
      if (data.notes) {
        row.notes = text.pick(data.notes, `notes of the ${year} file${data.reporter ? ` of ${data.reporter}` : ''}`);
        row.notesHtml = markdown(row.notes);
      }
      return row;
    })
    .sort(
      (a, b) =>
        Number(b.reporterId === undefined) - Number(a.reporterId === undefined) ||
        a.reporter.localeCompare(b.reporter, f.lang),
    );
}
