import { dirname, join } from 'node:path';
import { type CallRecord, callRecordName, formatCallRecord, readCallRecord } from '../datacall/call-record.js';
import { fingerprintOf } from '../datacall/fingerprint.js';
import { actorRows, planRows, responsibleActors } from '../datacall/rows.js';
import { UsageError } from '../errors.js';
import { assessorId, DEFAULT_SCALE_ID, scalesOf } from '../model/assessment.js';
import { Formatter } from '../model/format.js';
import { actorNamer, TextPicker } from '../model/text.js';
import { realPaths } from '../output/atomic.js';
import { type StageOptions, withDocumentStage } from '../output/documents.js';
import { resolveTargets } from '../output/targets.js';
import { loadMessages } from '../render/messages.js';
import { TemplateSource } from '../render/template-source.js';
import { selectPlanForYear } from '../validate/select-plan.js';
import { assessmentYaml } from './assessment-yaml.js';
import { resolveAssessors } from './assessor.js';
import { differsFrom } from './existing.js';
import { GovernmentYear } from './government.js';
import { PreviousYear } from './previous.js';
import { returnYaml } from './yaml-return.js';

export interface RequestOptions
  extends Pick<StageOptions, 'env' | 'platform' | 'signal' | 'holdSignals' | 'onWritten'> {
  plan?: string;
  year: number;
  /** Only these actors; every responsible actor when empty and no assessor is asked. */
  actors: string[];
  /** Assessors to send an assessment return (README, "For civil society"). */
  assessors?: string[];
  /** An assessor the plan does not declare: its name, short name and type (with one assessor). */
  assessorName?: string;
  assessorShort?: string;
  assessorType?: string;
  /** The scale assessors rate on (default: completion). */
  scale?: string;
  format: 'xlsx' | 'yaml';
  lang?: string;
  /** ISO date by which returns are due. */
  due?: string;
  out?: string;
  cwd: string;
  now: Date;
  /** Write over a return already there that differs from this one (it may have been filled in). */
  replace?: boolean;
}

export interface RequestResult {
  planId: string;
  written: string[];
  /** Returns already there that differ from what would be written: left as they were (see replace). */
  kept: string[];
  /** Where the call was recorded for nap status, when it was. */
  record?: string;
}

/** `nap request` as a function: one pre-filled return per actor, and the record of the call. */
export async function runRequest(o: RequestOptions): Promise<RequestResult> {
  const loaded = await selectPlanForYear(o.plan, o.year, o.cwd, 'request');
  const { plan } = loaded;
  const responsible = responsibleActors(plan);
  const unknown = o.actors.filter((a) => !responsible.includes(a));
  if (unknown.length) {
    const declared = new Set(plan.actors.map((a) => a.id));
    throw new UsageError(
      `${unknown.map((a) => `'${a}'`).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not ${unknown.some((a) => declared.has(a)) ? 'responsible for any action' : 'an actor'} of plan ${plan.id}`,
      `choose among: ${responsible.join(', ')}`,
    );
  }
  const asked = o.assessors ?? [];
  const actors = o.actors.length ? responsible.filter((a) => o.actors.includes(a)) : asked.length ? [] : responsible;
  const assessors = resolveAssessors(plan, loaded.assessments, {
    ids: [...new Set(asked)],
    ...(o.assessorName !== undefined ? { name: o.assessorName } : {}),
    ...(o.assessorShort !== undefined ? { short: o.assessorShort } : {}),
    ...(o.assessorType !== undefined ? { type: o.assessorType } : {}),
  });
  const scale = scalesOf(plan).get(o.scale ?? DEFAULT_SCALE_ID);
  if (!scale)
    throw new UsageError(
      `plan ${plan.id} has no scale '${o.scale}'`,
      `choose among: ${[...scalesOf(plan).keys()].join(', ')}`,
    );
  const lang = o.lang ?? plan.lang;
  const { messages } = await loadMessages(await TemplateSource.open(), lang);
  const f = new Formatter(lang, messages);
  const planned = [
    ...actors.map((actor) => ({ name: `${plan.id}-${o.year}-${actor}`, format: o.format })),
    ...assessors.map((a) => ({ name: assessmentReturnName(plan.id, o.year, a.id), format: o.format })),
  ];
  const targets = await resolveTargets(
    o.cwd,
    o.out,
    'requests',
    planned,
    'name one actor: --actor <id> (or one assessor alone: --assessor <id>)',
  );
  const parents = new Map(plan.actors.map((a) => [a.id, a.parent]));
  const previous = new PreviousYear(loaded.progress, o.year - 1, parents);
  const current = new PreviousYear(loaded.progress, o.year, parents);
  const inputs = await realPaths(loaded.inputs);
  // The answers shown come from these progress files: sample data is labelled as such.
  const illustrativeIn = (year: number) => loaded.progress.some((p) => p.data.illustrative && p.data.year === year);
  // The record goes beside the returns when they go to a folder under their own names.
  const folderMode = targets.every((t, i) => t.endsWith(`${planned[i]!.name}.${o.format}`));
  const recordDir = folderMode && targets.length ? dirname(targets[0]!) : undefined;
  return withDocumentStage({ ...o, inputs }, async (stage) => {
    const written: string[] = [];
    const kept: string[] = [];
    // A return already there that differs (filled in and sent back, or made before answers were
    // collected) is kept unless --replace: actors' and assessors' returns alike.
    const put = async (target: string, content: Uint8Array | string) => {
      if (!o.replace && (await differsFrom(target, content))) kept.push(target);
      else written.push(...(await stage.write([{ target, content }])));
    };
    // One return at a time: a workbook is built, written and let go before the next.
    for (const [i, actor] of actors.entries()) {
      const rows = actorRows(plan, actor, lang);
      const { fingerprint, actions } = fingerprintOf(plan, actor, rows);
      const input = {
        plan,
        year: o.year,
        actor,
        rows,
        previous,
        current,
        fingerprint,
        actionPrints: actions,
        f,
        now: o.now,
        illustrativeData: illustrativeIn(o.year) || illustrativeIn(o.year - 1),
      };
      const withDue = o.due ? { ...input, due: o.due } : input;
      // The workbook builders (exceljs) are loaded for workbooks only.
      await put(
        targets[i]!,
        o.format === 'xlsx' ? await (await import('./workbook.js')).returnWorkbook(withDue) : returnYaml(withDue),
      );
    }
    if (assessors.length) {
      // An assessor may assess any action: its return has them all, with the government's account of the year.
      const pick = new TextPicker(lang, plan.lang);
      const actorName = actorNamer(plan, pick);
      const government = new GovernmentYear(loaded.progress, o.year, plan, f, pick, actorName);
      const rows = planRows(plan, lang);
      for (const [i, assessor] of assessors.entries()) {
        const { fingerprint, actions } = fingerprintOf(plan, assessor.id, rows);
        const current = loaded.assessments.find(
          (a) =>
            a.data.year === o.year &&
            assessorId(a.data) === assessor.id &&
            (a.data.scale ?? DEFAULT_SCALE_ID) === scale.id,
        )?.data;
        const input = {
          plan,
          year: o.year,
          assessor,
          rows,
          government,
          scale,
          fingerprint,
          actionPrints: actions,
          f,
          now: o.now,
          illustrativeData: current?.illustrative === true || illustrativeIn(o.year),
          ...(o.due ? { due: o.due } : {}),
          ...(current ? { current } : {}),
        };
        const content =
          o.format === 'xlsx'
            ? await (await import('./assessment-workbook.js')).assessmentWorkbook(input)
            : assessmentYaml(input);
        await put(targets[actors.length + i]!, content);
      }
    }
    const result: RequestResult = { planId: plan.id, written, kept };
    if (recordDir !== undefined) {
      const old = await readCallRecord(recordDir, plan.id, o.year).catch(() => undefined);
      const askedActors = new Set([...(old?.actors ?? []), ...actors]);
      const askedAssessors = [...new Set([...(old?.assessors ?? []), ...assessors.map((a) => a.id)])];
      const record: CallRecord = {
        nap: 1,
        plan: plan.id,
        year: o.year,
        ...(o.due ? { due: o.due } : old?.due ? { due: old.due } : {}),
        requested: o.now.toISOString().slice(0, 10),
        actors: responsible.filter((a) => askedActors.has(a)),
        ...(askedAssessors.length ? { assessors: askedAssessors } : {}),
      };
      const target = join(recordDir, `${callRecordName(plan.id, o.year)}.yaml`);
      await stage.write([{ target, content: formatCallRecord(record) }]);
      result.record = target;
    }
    return result;
  });
}

/** The name of an assessor's return: apart from the actors' returns, whose ids an assessor may share. */
export function assessmentReturnName(plan: string, year: number, assessor: string): string {
  return `${plan}-${year}-assessment-${assessor}`;
}
