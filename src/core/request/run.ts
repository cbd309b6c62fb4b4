import { dirname, join } from 'node:path';
import { type CallRecord, callRecordName, formatCallRecord, readCallRecord } from '../datacall/call-record.js';
import { fingerprintOf } from '../datacall/fingerprint.js';
import { actorRows, responsibleActors } from '../datacall/rows.js';
import { UsageError } from '../errors.js';
import { Formatter } from '../model/format.js';
import { realPaths } from '../output/atomic.js';
import { type OutputJob, type StageOptions, withDocumentStage } from '../output/documents.js';
import { resolveTargets } from '../output/targets.js';
import { loadMessages } from '../render/messages.js';
import { TemplateSource } from '../render/template-source.js';
import { selectPlanForYear } from '../validate/select-plan.js';
import { differsFrom } from './existing.js';
import { PreviousYear } from './previous.js';
import { returnWorkbook } from './workbook.js';
import { returnYaml } from './yaml-return.js';

export interface RequestOptions
  extends Pick<StageOptions, 'env' | 'platform' | 'signal' | 'holdSignals' | 'onWritten'> {
  plan?: string;
  year: number;
  /** Only these actors; every responsible actor when empty. */
  actors: string[];
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
  const actors = o.actors.length ? responsible.filter((a) => o.actors.includes(a)) : responsible;
  const lang = o.lang ?? plan.lang;
  const { messages } = await loadMessages(await TemplateSource.open(), lang);
  const f = new Formatter(lang, messages);
  const planned = actors.map((actor) => ({ name: `${plan.id}-${o.year}-${actor}`, format: o.format }));
  const targets = await resolveTargets(o.cwd, o.out, 'requests', planned, 'name one actor: --actor <id>');
  const parents = new Map(plan.actors.map((a) => [a.id, a.parent]));
  const previous = new PreviousYear(loaded.progress, o.year - 1, parents);
  const current = new PreviousYear(loaded.progress, o.year, parents);
  const inputs = await realPaths(loaded.inputs);
  // The record goes beside the returns when they go to a folder under their own names.
  const folderMode = targets.every((t, i) => t.endsWith(`${planned[i]!.name}.${o.format}`));
  const recordDir = folderMode && targets.length ? dirname(targets[0]!) : undefined;
  return withDocumentStage({ ...o, inputs }, async (stage) => {
    const written: string[] = [];
    const kept: string[] = [];
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
        illustrativeData: loaded.progress.some(
          (p) => p.data.illustrative === true && (p.data.year === o.year || p.data.year === o.year - 1),
        ),
      };
      const withDue = o.due ? { ...input, due: o.due } : input;
      const content = o.format === 'xlsx' ? await returnWorkbook(withDue) : returnYaml(withDue);
      if (!o.replace && (await differsFrom(targets[i]!, content))) {
        kept.push(targets[i]!);
        continue;
      }
      const job: OutputJob = { target: targets[i]!, content };
      written.push(...(await stage.write([job])));
    }
    const result: RequestResult = { planId: plan.id, written, kept };
    if (recordDir !== undefined) {
      const old = await readCallRecord(recordDir, plan.id, o.year).catch(() => undefined);
      const asked = new Set([...(old?.actors ?? []), ...actors]);
      const record: CallRecord = {
        nap: 1,
        plan: plan.id,
        year: o.year,
        ...(o.due ? { due: o.due } : old?.due ? { due: old.due } : {}),
        requested: o.now.toISOString().slice(0, 10),
        actors: responsible.filter((a) => asked.has(a)),
      };
      const target = join(recordDir, `${callRecordName(plan.id, o.year)}.yaml`);
      await stage.write([{ target, content: formatCallRecord(record) }]);
      result.record = target;
    }
    return result;
  });
}
