import type { Cell, Table } from '../model/tables.js';
import { toCsv } from './csv.js';
import type { OutputFormat } from './formats.js';
import { toXlsx } from './xlsx.js';

/** The formats of `nap export`; a site offers them all for download. */
export const EXPORT_FORMATS = ['csv', 'json', 'xlsx', 'datapackage'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface OpenDataMeta {
  planId: string;
  title: string;
  lang: string;
  illustrative: boolean;
  /** ISO date-time of the export. */
  created: string;
  creator: string;
}

/** One file of an export: its path relative to the output folder, without extension. */
export interface DataFile {
  name: string;
  format: OutputFormat;
  content: string | Uint8Array;
}

export const ILLUSTRATIVE_NOTE =
  'ILLUSTRATIVE: rows marked illustrative=true are sample data written to demonstrate nap, not official figures.';

/**
 * The files of each format: csv one file per table (<plan>-<table>.csv), json and xlsx one
 * file for all tables (<plan>.json, <plan>.xlsx), datapackage a folder <plan>/ holding
 * datapackage.json and one CSV per table.
 */
export function openDataFiles(
  tables: readonly Table[],
  meta: OpenDataMeta,
  formats: readonly ExportFormat[],
): DataFile[] {
  // The same CSV text serves the csv and the datapackage formats.
  const csv = new Map<Table, string>();
  const csvOf = (t: Table) => {
    const made =
      csv.get(t) ??
      toCsv(
        t.spec.columns.map((c) => c.name),
        t.rows,
      );
    csv.set(t, made);
    return made;
  };
  const files: DataFile[] = [];
  for (const format of formats) {
    if (format === 'csv')
      for (const t of tables) files.push({ name: `${meta.planId}-${t.spec.name}`, format: 'csv', content: csvOf(t) });
    if (format === 'json')
      files.push({
        name: meta.planId,
        format: 'json',
        content: `${JSON.stringify(exportJson(tables, meta), null, 2)}\n`,
      });
    if (format === 'xlsx') files.push({ name: meta.planId, format: 'xlsx', content: workbook(tables, meta) });
    if (format === 'datapackage') {
      files.push({
        name: `${meta.planId}/datapackage`,
        format: 'json',
        content: `${JSON.stringify(dataPackage(tables, meta), null, 2)}\n`,
      });
      for (const t of tables) files.push({ name: `${meta.planId}/${t.spec.name}`, format: 'csv', content: csvOf(t) });
    }
  }
  return files;
}

/** `--format json`: the tables as arrays of objects keyed by column name (schemas/export.schema.json). */
export function exportJson(tables: readonly Table[], meta: OpenDataMeta) {
  return {
    nap: 1,
    plan: { id: meta.planId, title: meta.title },
    lang: meta.lang,
    illustrative: meta.illustrative,
    created: meta.created,
    tables: Object.fromEntries(
      tables.map((t) => [
        t.spec.name,
        t.rows.map((r) => Object.fromEntries(t.spec.columns.map((c, i) => [c.name, r[i] ?? null]))),
      ]),
    ),
  };
}

function workbook(tables: readonly Table[], meta: OpenDataMeta): Uint8Array {
  const about: Cell[][] = [
    ['plan_id', meta.planId],
    ['title', meta.title],
    ['lang', meta.lang],
    ['created', meta.created],
    ['creator', meta.creator],
    ...(meta.illustrative ? [['note', ILLUSTRATIVE_NOTE] as Cell[]] : []),
    ...tables.map((t) => [`table ${t.spec.name}`, t.spec.description] as Cell[]),
  ];
  return toXlsx([
    { name: 'about', rows: about },
    ...tables.map((t) => ({ name: t.spec.name, rows: [t.spec.columns.map((c) => c.name), ...t.rows] })),
  ]);
}

/** A Frictionless Tabular Data Package (v1) describing the CSV files beside it. */
export function dataPackage(tables: readonly Table[], meta: OpenDataMeta) {
  const byName = new Map(tables.map((t) => [t.spec.name, t.spec]));
  return {
    profile: 'tabular-data-package',
    name: meta.planId.toLowerCase(),
    title: meta.title,
    description: `Open data of the National Action Plan ${meta.planId}, exported by nap.${meta.illustrative ? ` ${ILLUSTRATIVE_NOTE}` : ''}`,
    created: meta.created,
    contributors: [{ title: meta.creator, role: 'author' }],
    keywords: ['UNSCR 1325', 'women, peace and security', 'national action plan'],
    resources: tables.map((t) => ({
      profile: 'tabular-data-resource',
      name: t.spec.name,
      path: `${t.spec.name}.csv`,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      description: t.spec.description,
      dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
      schema: {
        fields: t.spec.columns.map((c) => ({
          name: c.name,
          type: c.type,
          description: c.description,
          ...(c.required ? { constraints: { required: true } } : {}),
        })),
        missingValues: [''],
        ...(t.spec.primaryKey ? { primaryKey: [...t.spec.primaryKey] } : {}),
        ...(t.spec.foreignKeys
          ? {
              foreignKeys: t.spec.foreignKeys.map((k) => ({
                fields: [...k.fields],
                reference: { resource: k.table, fields: [...(byName.get(k.table)?.primaryKey ?? [])] },
              })),
            }
          : {}),
      },
    })),
  };
}
