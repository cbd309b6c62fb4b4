import type { DeclaredAssessor } from '../datacall/layout.js';
import { UsageError } from '../errors.js';
import { ASSESSOR_TYPES, type AssessmentFileData } from '../model/assessment.js';
import { TextPicker } from '../model/text.js';
import type { Plan } from '../model/types.generated.js';

/** Who an assessor's return is for: an actor of the plan, or one declared in the return and its assessment file. */
export interface AssessorSpec {
  id: string;
  /** Its name for people, in the plan's language. */
  name: string;
  /** Set when the plan does not declare the assessor: its collected file declares it. */
  declared?: DeclaredAssessor;
}

export interface AssessorOptions {
  ids: readonly string[];
  /** Name of an assessor the plan does not declare (with one --assessor only). */
  name?: string;
  short?: string;
  type?: string;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The assessors asked. An id is an actor of the plan of type civil-society, academia or
 * parliament; or an assessor declared in one of the plan's assessment files (the latest); or,
 * for one new assessor, the one named with --assessor-name (and --assessor-type).
 */
export function resolveAssessors(
  plan: Plan,
  assessments: readonly AssessmentFileData[],
  o: AssessorOptions,
): AssessorSpec[] {
  const pick = new TextPicker(plan.lang, plan.lang);
  const fitting = plan.actors.filter((a) => a.type !== undefined && ASSESSOR_TYPES.has(a.type)).map((a) => a.id);
  const inFiles = new Map<string, DeclaredAssessor>();
  for (const a of [...assessments].sort((x, y) => x.data.year - y.data.year)) {
    const x = a.data.assessor;
    if (typeof x === 'string') continue;
    inFiles.set(x.id, {
      name: pick.pick(x.name, x.id),
      ...(x.short ? { short: pick.pick(x.short, x.id) } : {}),
      // Files with another type fail validation (NAP071) before a plan is loaded.
      type: x.type as DeclaredAssessor['type'],
    });
  }
  const known = [...fitting, ...inFiles.keys()];
  if (o.name !== undefined && o.ids.length !== 1)
    throw new UsageError('--assessor-name names one assessor: give exactly one --assessor with it');
  if (o.type !== undefined && !ASSESSOR_TYPES.has(o.type))
    throw new UsageError(
      `--assessor-type must be civil-society, academia or parliament, not '${o.type}'`,
      'an assessor assesses the government from outside it',
    );
  return o.ids.map((id): AssessorSpec => {
    if (!SLUG.test(id))
      throw new UsageError(
        `'${id}' is not an id: lowercase letters, digits and single hyphens`,
        'for example --assessor wps-platform',
      );
    const actor = plan.actors.find((a) => a.id === id);
    if (actor) {
      if (o.name !== undefined)
        throw new UsageError(
          `'${id}' is already an actor of plan ${plan.id}: it cannot be named again with --assessor-name`,
          'leave --assessor-name out, or choose another id',
        );
      if (!actor.type || !ASSESSOR_TYPES.has(actor.type))
        throw new UsageError(
          `'${id}' is an actor of plan ${plan.id} of type ${actor.type ?? '(none)'}; an assessor is civil society, academia or parliament`,
          known.length ? `choose among: ${known.join(', ')}` : 'name a new assessor with --assessor-name',
        );
      return { id, name: pick.pick(actor.short ?? actor.name, id) };
    }
    if (o.name !== undefined) {
      const type = (o.type ?? 'civil-society') as DeclaredAssessor['type'];
      const declared: DeclaredAssessor = { name: o.name, ...(o.short ? { short: o.short } : {}), type };
      return { id, name: o.short ?? o.name, declared };
    }
    const declared = inFiles.get(id);
    if (declared) return { id, name: declared.short ?? declared.name, declared };
    throw new UsageError(
      `'${id}' is not an actor of plan ${plan.id}, and no assessment file of the plan declares it`,
      `name it: --assessor ${id} --assessor-name "Full name" [--assessor-type academia]${known.length ? `; or choose among: ${known.join(', ')}` : ''}`,
    );
  });
}
