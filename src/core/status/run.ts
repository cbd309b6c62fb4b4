import { resolve } from 'node:path';
import { readCallRecord } from '../datacall/call-record.js';
import { selectPlanForYear } from '../validate/select-plan.js';
import { type StatusModel, statusModel } from './model.js';

export interface StatusOptions {
  plan?: string;
  year: number;
  cwd: string;
  /** Folder of the data call record (default ./requests). */
  requests?: string;
  /** A due date given on the command line, over the recorded one. */
  due?: string;
  today: string;
}

/** `nap status` as a function: the plan validated, the call record read, each actor's state. */
export async function runStatus(o: StatusOptions): Promise<StatusModel> {
  const loaded = await selectPlanForYear(o.plan, o.year, o.cwd, 'status');
  const record = await readCallRecord(resolve(o.cwd, o.requests ?? 'requests'), loaded.plan.id, o.year);
  const due = o.due ?? record?.due ?? null;
  return statusModel({
    plan: loaded.plan,
    year: o.year,
    progress: loaded.progress,
    ...(record ? { actors: record.actors } : {}),
    ...(record?.assessors ? { assessors: record.assessors, assessments: loaded.assessments } : {}),
    due,
    dueFrom: o.due ? 'option' : record?.due ? 'call' : null,
    today: o.today,
  });
}
