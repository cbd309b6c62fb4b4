import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EnvironmentError } from '../errors.js';

/** templates/ of the package: the same relative path from src/core/render and dist/core/render. */
export const BUILTIN_TEMPLATES = fileURLToPath(new URL('../../../templates/', import.meta.url));

/**
 * Templates, partials, styles, translations and assets by relative path:
 * the user's folder first (--templates), then the built-in ones. An organisation
 * overrides any file by name and keeps the rest.
 */
export class TemplateSource {
  private constructor(private readonly dirs: readonly string[]) {}

  static async open(userDir?: string): Promise<TemplateSource> {
    if (userDir === undefined) return new TemplateSource([BUILTIN_TEMPLATES]);
    const st = await stat(userDir).catch(() => undefined);
    if (!st?.isDirectory()) throw new EnvironmentError(`the templates folder ${userDir} does not exist`, 'give --templates a folder that holds the files you override, e.g. partials/cover.hbs');
    return new TemplateSource([userDir, BUILTIN_TEMPLATES]);
  }

  async read(rel: string): Promise<string> {
    const found = await this.find(rel);
    if (!found) throw new EnvironmentError(`template file ${rel} is missing`, 'restore it in the templates folder, or remove the override');
    return readFile(found, 'utf8');
  }

  async readBytes(rel: string): Promise<Buffer | undefined> {
    const found = await this.find(rel);
    return found ? readFile(found) : undefined;
  }

  async find(rel: string): Promise<string | undefined> {
    for (const dir of this.dirs) {
      const path = join(dir, rel);
      if ((await stat(path).catch(() => undefined))?.isFile()) return path;
    }
    return undefined;
  }

  /** File names in a sub-folder, user's and built-in together. */
  async list(relDir: string, ext: string): Promise<string[]> {
    const names = new Set<string>();
    for (const dir of this.dirs) {
      for (const name of await readdir(join(dir, relDir)).catch(() => [] as string[])) if (name.endsWith(ext)) names.add(name);
    }
    return [...names].sort();
  }
}
