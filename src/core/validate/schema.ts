import type { ErrorObject } from 'ajv';
import {
  assessment as assessmentValidator,
  narrative as narrativeValidator,
  plan as planValidator,
  progress as progressValidator,
} from '../../generated/validators.js';
import type { ParsedYaml } from '../load/yaml.js';
import type { Finding } from '../rules/finding.js';
import { translate } from './schema-messages.js';

export type FileKind = 'plan' | 'progress' | 'narrative' | 'assessment';

interface CompiledValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

const validators: Record<FileKind, CompiledValidator> = {
  plan: planValidator as CompiledValidator,
  progress: progressValidator as CompiledValidator,
  narrative: narrativeValidator as CompiledValidator,
  assessment: assessmentValidator as CompiledValidator,
};

/** Checks parsed data against the precompiled schema; every error becomes a positioned finding. */
export function schemaFindings(kind: FileKind, parsed: ParsedYaml): Finding[] {
  const validate = validators[kind];
  if (validate(parsed.data)) return [];
  return translate(validate.errors ?? [], parsed);
}
