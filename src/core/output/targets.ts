import { lstat, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { extensionOf, OUTPUT_FORMATS, type OutputFormat } from './formats.js';

export interface Planned {
  /** File name without extension, e.g. be-2013-2015-parliament.en */
  name: string;
  format: OutputFormat;
}

/**
 * Where each planned file goes. `--out` means the same in every command: a folder,
 * or a single file when its name ends in the format's extension (report.pdf) or it
 * names a pipe or device (/dev/stdout). Absent: `defaultDir`.
 */
export async function resolveTargets(
  cwd: string,
  out: string | undefined,
  defaultDir: string,
  planned: readonly Planned[],
  /** How to make the run write one file, in the command's own options. */
  oneFile = 'choose one document: one --kind, one --format and one --lang',
): Promise<string[]> {
  if (out === undefined) return planned.map((p) => join(resolve(cwd, defaultDir), fileName(p)));
  const abs = resolve(cwd, out);
  const ext = extname(out).slice(1).toLowerCase();
  const known = Object.values(OUTPUT_FORMATS).some((f) => f.ext === ext);
  const existing = await stat(abs).catch(() => undefined);
  // A pipe, a device, or a link such as /dev/stdout names one file (output/atomic.ts writes into it).
  const linked = existing !== undefined && (await lstat(abs)).isSymbolicLink();
  const special = existing !== undefined && !existing.isDirectory() && (!existing.isFile() || linked);
  const asFile = known || special;
  if (!asFile) return planned.map((p) => join(abs, fileName(p)));
  if (planned.length !== 1) {
    throw new UsageError(
      `--out ${out} names one file, but this run writes ${planned.length} files`,
      `give --out a folder, or ${oneFile}`,
    );
  }
  const only = planned[0]!;
  if (known && ext !== extensionOf(only.format)) {
    throw new UsageError(
      `--out ${out} ends in .${ext}, but the format is ${only.format}`,
      `name the file ${fileName({ ...only, name: out.slice(0, -ext.length - 1) })}, or give a folder`,
    );
  }
  return [abs];
}

function fileName(p: Planned): string {
  return `${p.name}.${extensionOf(p.format)}`;
}
