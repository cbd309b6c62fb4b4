/** The public API of nap: the core library behind the command line. */
export { EnvironmentError, InvalidInputError, NapError, UsageError } from './core/errors.js';
export { type ParsedYaml, parseYaml } from './core/load/yaml.js';
export type * from './core/model/types.generated.js';
export type { Finding, Severity } from './core/rules/finding.js';
export { type RuleCode, rules } from './core/rules/index.js';
export { type CheckedPlan, type ValidationRun, validatePaths } from './core/validate/index.js';
