import { lstat, realpath } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { type Finding, findingAt } from '../rules/finding.js';
import type { StageCode } from '../rules/index.js';
import { type Entry, isInside, listEntries, type Refusal } from './entries.js';

/** A file of a plan folder: read from its real path, or refused unread (NAP016). */
export type FileRef = {
  /** Path as found in the plan folder (a link's own path), shown to the user. */
  path: string;
} & ({ source: string; refused?: undefined } | { source?: undefined; refused: Finding });

export type ProgressFileRef = FileRef & {
  /** The year its name or folder gives (progress/2015.yaml, progress/2015/defence.yaml), if any. */
  yearFromName?: number;
};

/** A plan folder on disk: its plan.yaml, its progress files, and what nap does not read in it. */
export interface PlanFolder {
  /** Absolute folder path: where it sits in its plans root, also when named through a link. */
  dir: string;
  /** Its name, which is the plan id by docs/format.md. */
  folderName: string;
  /** Real path of the plans root: the folder that holds this plan folder, which links may not leave. */
  root: string;
  plan: FileRef;
  progressFiles: ProgressFileRef[];
  /** The coordinator's narratives, narrative/<year>.yaml, each with the year of its name. */
  narrativeFiles: ProgressFileRef[];
  /** Files beside plan.yaml that are not read (NAP059). */
  findings: Finding[];
  /** Files and folders under progress/ that are refused or not read (NAP016, NAP059). */
  progressFindings: Finding[];
  /** The same under narrative/. */
  narrativeFindings: Finding[];
}

type Show = (path: string) => string;

const YAML_EXT = /\.ya?ml$/i;

/**
 * Lists a plan folder under the input policy: a link (the folder itself, progress/, a year
 * folder, a file) is followed only when its real target stays inside the plans root, the
 * folder that holds the plan folder; anything else is named in a finding, never read.
 */
export async function planFolderAt(dir: string, show: Show, inPlansFolder = false): Promise<PlanFolder> {
  const parent = dirname(dir);
  const parentReal = await realpath(parent);
  const real = await realpath(dir).catch(() => undefined);
  const isLink = (await lstat(dir)).isSymbolicLink();
  if (real === undefined) return refusedFolder(dir, 'broken', show);
  if (isLink && !isInside(real, parentReal)) return refusedFolder(dir, 'outside', show);
  // Reached through a link inside the root: the plan is where the link leads, under its own name.
  const at = isLink ? join(parent, relative(parentReal, real)) : dir;
  const root = dirname(real);
  // The boundary for links: the folder of plans. A plan folder named directly that does not sit
  // in one (~/my-plan) has no such folder around it, and its parent (~) is no boundary.
  const boundary = inPlansFolder || basename(parentReal) === 'plans' ? root : real;
  const folder: PlanFolder = {
    dir: at,
    folderName: basename(at),
    root,
    plan: { path: join(at, 'plan.yaml'), source: join(real, 'plan.yaml') },
    progressFiles: [],
    narrativeFiles: [],
    findings: [],
    progressFindings: [],
    narrativeFindings: [],
  };
  for (const e of await listEntries(real, at, boundary)) {
    if (e.name === 'plan.yaml') folder.plan = fileRef(e, show);
    else if (e.name === 'progress' && (!e.ok || e.kind === 'folder')) await progressFolder(e, boundary, folder, show);
    else if (e.name === 'narrative' && (!e.ok || e.kind === 'folder')) await narrativeFolder(e, boundary, folder, show);
    else if (!quietlySkipped(e))
      folder.findings.push(notRead(e.path, besidePlan(e), show, e.ok && e.kind === 'folder' ? 'folder' : 'file'));
  }
  return folder;
}

/** A plan folder that is not read at all: the finding names the link or the folder. */
export function refusedFolder(dir: string, why: Refusal, show: Show): PlanFolder {
  const finding = refusal(dir, why, 'folder', show);
  if (why === 'outside')
    finding.fix =
      'name the plan folder itself (nap validate <folder>) rather than a link to it, or move it into the plans folder';
  return {
    dir,
    folderName: basename(dir),
    root: dirname(dir),
    plan: { path: dir, refused: finding },
    progressFiles: [],
    narrativeFiles: [],
    findings: [],
    progressFindings: [],
    narrativeFindings: [],
  };
}

/** A file to read: its real path, or the finding that says why it is refused. */
function fileRef(e: Entry, show: Show): FileRef {
  if (!e.ok) return { path: e.path, refused: refusal(e.path, e.why, 'file', show) };
  if (e.kind === 'file') return { path: e.path, source: e.real };
  const what = e.kind === 'folder' ? 'a folder' : (e.special ?? 'not a regular file');
  return { path: e.path, refused: notRegular(e.path, what, show) };
}

async function progressFolder(e: Entry, root: string, folder: PlanFolder, show: Show): Promise<void> {
  if (!e.ok) {
    folder.progressFindings.push(refusal(e.path, e.why, 'folder', show));
    return;
  }
  for (const entry of await listEntries(e.real, e.path, root)) {
    const year = /^\d{4}$/.test(entry.name) ? Number(entry.name) : undefined;
    if (entry.ok && entry.kind === 'folder') {
      for (const inner of await listEntries(entry.real, entry.path, root)) {
        if (inner.ok && inner.kind === 'folder') {
          folder.progressFindings.push(
            notRead(
              inner.path,
              {
                why: 'progress files sit in progress/ or in a year folder such as progress/2015/, not deeper',
                fix: `move its files up into ${show(entry.path)}/`,
              },
              show,
              'folder',
            ),
          );
        } else progressEntry(inner, year, folder, show);
      }
    } else if (!entry.ok && !YAML_EXT.test(entry.name) && !/\.[^.]*$/.test(entry.name)) {
      // No extension: a year folder, most likely.
      folder.progressFindings.push(refusal(entry.path, entry.why, 'folder', show));
    } else {
      progressEntry(entry, YAML_EXT.test(entry.name) ? yearOf(entry.name) : undefined, folder, show);
    }
  }
}

/** narrative/<year>.yaml files; anything else there is named, not read. */
async function narrativeFolder(e: Entry, root: string, folder: PlanFolder, show: Show): Promise<void> {
  if (!e.ok) {
    folder.narrativeFindings.push(refusal(e.path, e.why, 'folder', show));
    return;
  }
  for (const entry of await listEntries(e.real, e.path, root)) {
    const year = YAML_EXT.test(entry.name) ? yearOf(entry.name) : undefined;
    if (year === undefined) {
      if (!quietlySkipped(entry))
        folder.narrativeFindings.push(
          notRead(
            entry.path,
            {
              why: 'narrative/ holds one file per year, named after it: narrative/2015.yaml',
              fix: 'name the file after the year it tells of (2015.yaml), or move it out of narrative/',
            },
            show,
            entry.ok && entry.kind === 'folder' ? 'folder' : 'file',
          ),
        );
      continue;
    }
    folder.narrativeFiles.push({ ...fileRef(entry, show), yearFromName: year });
  }
}

/** A file in progress/ or in a year folder: a progress file, a refused one, or one nap ignores. */
function progressEntry(e: Entry, year: number | undefined, folder: PlanFolder, show: Show): void {
  if (!YAML_EXT.test(e.name)) {
    if (!quietlySkipped(e))
      folder.progressFindings.push(
        notRead(
          e.path,
          {
            why: 'only .yaml and .yml files are progress files',
            fix: 'rename it to end in .yaml if it is a progress file, or move it out of progress/',
          },
          show,
        ),
      );
    return;
  }
  const ref = fileRef(e, show);
  folder.progressFiles.push(year !== undefined ? { ...ref, yearFromName: year } : ref);
}

function yearOf(fileName: string): number | undefined {
  const stem = fileName.replace(YAML_EXT, '');
  return /^\d{4}$/.test(stem) ? Number(stem) : undefined;
}

/** Hidden files that are not YAML (.DS_Store, .gitkeep, an editor's swap file) are nobody's input. */
function quietlySkipped(e: Entry): boolean {
  return e.name.startsWith('.') && !YAML_EXT.test(e.name) && (!e.ok || e.kind !== 'folder');
}

function besidePlan(e: Entry): { why: string; fix: string } {
  const year = YAML_EXT.test(e.name) ? yearOf(e.name) : undefined;
  if (year !== undefined)
    return {
      why: `progress files belong in progress/ (progress/${e.name})`,
      fix: `move it to progress/${e.name}`,
    };
  if (e.name === 'progress')
    return { why: 'progress/ must be a folder that holds the progress files', fix: 'make progress/ a folder' };
  return {
    why: 'a plan folder holds plan.yaml, progress/ and narrative/ only',
    fix: 'move it into progress/ if it is a progress file; otherwise keep it outside the plan folder, or ignore this warning',
  };
}

function notRead(path: string, { why, fix }: { why: string; fix: string }, show: Show, what = 'file'): Finding {
  return at('NAP059', path, `this ${what} was not read: ${why}`, fix, show);
}

function refusal(path: string, why: Refusal, what: 'file' | 'folder', show: Show): Finding {
  switch (why) {
    case 'name':
      return at(
        'NAP016',
        path,
        `the name of this ${what} is not valid UTF-8 (shown here with �); it was not read`,
        `rename the ${what}: its name was probably written in another encoding, such as Latin-1`,
        show,
      );
    case 'outside':
      return at(
        'NAP016',
        path,
        `this is a link to a ${what} outside the plans folder; nap does not follow it`,
        `copy the ${what} into the plans folder instead of linking to it`,
        show,
      );
    case 'broken':
      return at(
        'NAP016',
        path,
        'this is a link that leads nowhere (its target does not exist, or links lead in a circle); it was not read',
        `correct the link, or replace it with the ${what} itself`,
        show,
      );
  }
}

function notRegular(path: string, what: string, show: Show): Finding {
  return at(
    'NAP016',
    path,
    `this is ${what}, not a regular file; it was not read`,
    'replace it with the YAML file itself',
    show,
  );
}

function at(code: StageCode<'read'>, path: string, message: string, fix: string, show: Show): Finding {
  return findingAt(code, show(path), { line: 1, column: 1 }, message, fix);
}
