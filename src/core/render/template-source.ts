import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EnvironmentError } from '../errors.js';
import { PACKAGE_ROOT } from '../package-root.js';

/** templates/ of the package. */
export const BUILTIN_TEMPLATES = fileURLToPath(new URL('templates/', PACKAGE_ROOT));

export interface FoundFile {
  path: string;
  /** How messages name the file: the user's folder as given, or "built-in templates/...". */
  display: string;
}

interface Dir {
  which: 'user' | 'builtin';
  path: string;
  display: string;
}

/**
 * Templates, partials, styles, translations and assets by relative path:
 * the user's folder first (--templates), then the built-in ones. An organisation
 * overrides any file by name and keeps the rest.
 */
export class TemplateSource {
  private constructor(private readonly dirs: readonly Dir[]) {}

  /** `userDir` absolute; `shownAs` is how the user wrote it, for messages. */
  static async open(userDir?: string, shownAs = userDir): Promise<TemplateSource> {
    const builtin: Dir = { which: 'builtin', path: BUILTIN_TEMPLATES, display: 'built-in templates' };
    if (userDir === undefined) return new TemplateSource([builtin]);
    const st = await stat(userDir).catch(() => undefined);
    if (!st?.isDirectory()) {
      throw new EnvironmentError(
        `the templates folder ${shownAs} does not exist`,
        'give --templates a folder that holds the files you override, e.g. partials/cover.hbs',
        'E_NOT_FOUND',
      );
    }
    // Files are checked against the folder's real path: a link may not lead out of it.
    const real = await realpath(userDir);
    return new TemplateSource([{ which: 'user', path: real, display: shownAs ?? userDir }, builtin]);
  }

  async read(rel: string, which?: Dir['which']): Promise<string> {
    return (await this.readFound(rel, which)).text;
  }

  /** The text of a file and where it was found. */
  async readFound(rel: string, which?: Dir['which']): Promise<FoundFile & { text: string }> {
    const found = await this.find(rel, which);
    if (!found)
      throw new EnvironmentError(
        `template file ${rel} is missing`,
        'restore it in the templates folder, or remove the override',
        'E_TEMPLATE',
      );
    return { ...found, text: await readFile(found.path, 'utf8') };
  }

  async readBytes(rel: string): Promise<Buffer | undefined> {
    const found = await this.find(rel);
    return found ? readFile(found.path) : undefined;
  }

  async find(rel: string, which?: Dir['which']): Promise<FoundFile | undefined> {
    for (const dir of this.dirs) {
      if (which && dir.which !== which) continue;
      const path = join(dir.path, rel);
      const st = await stat(path).catch(() => undefined);
      if (!st) continue;
      const found = { path, display: `${dir.display}/${rel}` };
      if (dir.which === 'user') await checkUserFile(found, st, dir.path);
      if (st.isFile()) return found;
    }
    return undefined;
  }

  /** File names in a sub-folder, user's and built-in together. */
  async list(relDir: string, ext: string): Promise<string[]> {
    const names = new Set<string>();
    for (const dir of this.dirs) {
      for (const name of await readdir(join(dir.path, relDir)).catch(() => [] as string[]))
        if (name.endsWith(ext)) names.add(name);
    }
    return [...names].sort();
  }
}

/**
 * A file of the user's templates folder is read only when it is a regular file inside
 * that folder: a link to ~/.ssh/id_rsa or a pipe is refused, naming the link, never its content.
 */
async function checkUserFile(found: FoundFile, st: import('node:fs').Stats, root: string): Promise<void> {
  const real = await realpath(found.path);
  if (!real.startsWith(root + sep)) {
    throw new EnvironmentError(
      `${found.display} is a link to a file outside the templates folder; nap does not follow it`,
      'copy the file into the templates folder instead of linking to it',
      'E_TEMPLATE',
    );
  }
  if (!st.isFile() && !st.isDirectory()) {
    throw new EnvironmentError(
      `${found.display} is not a regular file`,
      'replace it with the file itself',
      'E_TEMPLATE',
    );
  }
}
