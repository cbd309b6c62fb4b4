/** The public API of nap: the core library behind the command line. */
export { NapError, InvalidInputError, UsageError, EnvironmentError } from './core/errors.js';
export type { Finding, Severity } from './core/findings/finding.js';
export { rules, type RuleCode } from './core/findings/rules.js';
export { validatePaths, type ValidationRun, type CheckedPlan } from './core/validate/index.js';
export { parseYaml, type ParsedYaml } from './core/load/yaml.js';
export type * from './core/model/types.generated.js';
