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
  yaml: { ext: 'yaml' },
  csv: { ext: 'csv' },
  xlsx: { ext: 'xlsx' },
} as const satisfies Record<string, { ext: string }>;

export type OutputFormat = keyof typeof OUTPUT_FORMATS;

export function extensionOf(format: OutputFormat): string {
  return OUTPUT_FORMATS[format].ext;
}

/**
 * The format a file name asks for by its extension (changes.pdf: pdf), when it is one of `formats`
 * (the formats a command writes); undefined for a folder or another extension. `--out x.pdf` without
 * `--format` takes its format from here, in every command (src/cli/format-from-out.ts).
 */
export function formatOfFileName(name: string, formats: readonly string[]): OutputFormat | undefined {
  const ext = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase();
  const format = (Object.keys(OUTPUT_FORMATS) as OutputFormat[]).find((f) => OUTPUT_FORMATS[f].ext === ext);
  return format && formats.includes(format) ? format : undefined;
}
