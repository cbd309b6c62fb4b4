/**
 * Every output format, in one table, with its file extension: `--out` is a file when it
 * ends in the format's extension. Whether a format is printed is said by its job (a PDF job
 * carries a print job), not here.
 */
export const OUTPUT_FORMATS = {
  html: { ext: 'html' },
  pdf: { ext: 'pdf' },
  text: { ext: 'txt' },
  markdown: { ext: 'md' },
  json: { ext: 'json' },
  xlsx: { ext: 'xlsx' },
  yaml: { ext: 'yaml' },
} as const satisfies Record<string, { ext: string }>;

export type OutputFormat = keyof typeof OUTPUT_FORMATS;

export function extensionOf(format: OutputFormat): string {
  return OUTPUT_FORMATS[format].ext;
}
