/**
 * Every output format, in one table: its file extension and whether it is a document
 * printed through the browser. `--out` is a file when it ends in the format's extension.
 */
export const OUTPUT_FORMATS = {
  html: { ext: 'html', printed: false },
  pdf: { ext: 'pdf', printed: true },
  text: { ext: 'txt', printed: false },
  markdown: { ext: 'md', printed: false },
  json: { ext: 'json', printed: false },
} as const satisfies Record<string, { ext: string; printed: boolean }>;

export type OutputFormat = keyof typeof OUTPUT_FORMATS;

export function extensionOf(format: OutputFormat): string {
  return OUTPUT_FORMATS[format].ext;
}
