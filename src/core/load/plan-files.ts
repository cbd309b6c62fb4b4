import { basename, dirname, join, relative } from 'node:path';
import { type Finding, findingAt } from '../rules/finding.js';
import type { StageCode } from '../rules/index.js';
import { type Entry, isInside, listEntries, type Refusal } from './entries.js';
import { lstat, realpath } from './fs-now.js';

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
  /** Independent assessments, assessments/<year>.yaml or assessments/<year>/<assessor>.yaml, with their year. */
  assessmentFiles: ProgressFileRef[];
  /** Files beside plan.yaml that are not read (NAP059). */
  findings: Finding[];
  /** Files and folders under progress/ that are refused or not read (NAP016, NAP059). */
  progressFindings: Finding[];
  /** The same under narrative/. */
  narrativeFindings: Finding[];
  /** The same under assessments/. */
  assessmentFindings: Finding[];
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
    assessmentFiles: [],
    findings: [],
    progressFindings: [],
    narrativeFindings: [],
    assessmentFindings: [],
  };
  for (const e of await listEntries(real, at, boundary)) {
    if (e.name === 'plan.yaml') folder.plan = fileRef(e, show);
    else if (e.name === 'progress' && (!e.ok || e.kind === 'folder'))
      await yearFolder(e, boundary, PROGRESS, folder.progressFiles, folder.progressFindings, show);
    else if (e.name === 'assessments' && (!e.ok || e.kind === 'folder'))
      await yearFolder(e, boundary, ASSESSMENTS, folder.assessmentFiles, folder.assessmentFindings, show);
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
    assessmentFiles: [],
    findings: [],
    progressFindings: [],
    narrativeFindings: [],
    assessmentFindings: [],
  };
}

/** A file to read: its real path, or the finding that says why it is refused. */
function fileRef(e: Entry, show: Show): FileRef {
  if (!e.ok) return { path: e.path, refused: refusal(e.path, e.why, 'file', show) };
  if (e.kind === 'file') return { path: e.path, source: e.real };
  const what = e.kind === 'folder' ? 'a folder' : (e.special ?? 'not a regular file');
  return { path: e.path, refused: notRegular(e.path, what, show) };
}

/** What differs between progress/ and assessments/: both hold <year>.yaml files and <year>/ folders of files. */
interface YearFolderKind {
  folder: string;
  /** Said of a file that is not YAML. */
  notYaml: { why: string; fix: string };
  /** A YAML file directly in the folder whose name is no year: kept (a rule says why it is wrong) or not read. */
  outsideYear?: { why: string; fix: string };
}

const PROGRESS: YearFolderKind = {
  folder: 'progress',
  notYaml: {
    why: 'only .yaml and .yml files are progress files',
    fix: 'rename it to end in .yaml if it is a progress file, or move it out of progress/',
  },
};

const ASSESSMENTS: YearFolderKind = {
  folder: 'assessments',
  notYaml: {
    why: 'only .yaml and .yml files are assessments',
    fix: 'rename it to end in .yaml if it is an assessment, or move it out of assessments/',
  },
  outsideYear: {
    why: 'assessments/ holds <year>.yaml files and <year>/ folders: assessments/2015.yaml or assessments/2015/<assessor>.yaml',
    fix: 'name the file after the year it assesses, or move it into a year folder',
  },
};

/** progress/ or assessments/: <year>.yaml files and <year>/ folders of YAML files. */
async function yearFolder(
  e: Entry,
  root: string,
  kind: YearFolderKind,
  files: ProgressFileRef[],
  findings: Finding[],
  show: Show,
): Promise<void> {
  if (!e.ok) {
    findings.push(refusal(e.path, e.why, 'folder', show));
    return;
  }
  const add = (entry: Entry, year: number | undefined) => yearEntry(entry, year, kind, files, findings, show);
  for (const entry of await listEntries(e.real, e.path, root)) {
    const year = /^\d{4}$/.test(entry.name) ? Number(entry.name) : undefined;
    if (entry.ok && entry.kind === 'folder') {
      for (const inner of await listEntries(entry.real, entry.path, root)) {
        if (inner.ok && inner.kind === 'folder') {
          findings.push(
            notRead(
              inner.path,
              {
                why: `${kind.folder} files sit in ${kind.folder}/ or in a year folder such as ${kind.folder}/2015/, not deeper`,
                fix: `move its files up into ${show(entry.path)}/`,
              },
              show,
              'folder',
            ),
          );
        } else add(inner, year);
      }
    } else if (!entry.ok && !YAML_EXT.test(entry.name) && !/\.[^.]*$/.test(entry.name)) {
      // No extension: a year folder, most likely.
      findings.push(refusal(entry.path, entry.why, 'folder', show));
    } else {
      const fromName = YAML_EXT.test(entry.name) ? yearOf(entry.name) : undefined;
      if (fromName === undefined && kind.outsideYear && YAML_EXT.test(entry.name))
        findings.push(notRead(entry.path, kind.outsideYear, show));
      else add(entry, fromName);
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

/** A file in progress/ (or assessments/) or in a year folder: one to read, a refused one, or one nap ignores. */
function yearEntry(
  e: Entry,
  year: number | undefined,
  kind: YearFolderKind,
  files: ProgressFileRef[],
  findings: Finding[],
  show: Show,
): void {
  if (!YAML_EXT.test(e.name)) {
    if (!quietlySkipped(e)) findings.push(notRead(e.path, kind.notYaml, show));
    return;
  }
  const ref = fileRef(e, show);
  files.push(year !== undefined ? { ...ref, yearFromName: year } : ref);
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
    why: 'a plan folder holds plan.yaml, progress/, narrative/ and assessments/ only',
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
