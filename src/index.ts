/** The public API of nap: the core library behind the command line. */

export { type CollectOptions, type CollectResult, runCollect } from './core/collect/run.js';
export { EnvironmentError, InvalidInputError, NapError, UsageError } from './core/errors.js';
export { type ParsedYaml, parseYaml } from './core/load/yaml.js';
export type * from './core/model/types.generated.js';
export { type RequestOptions, type RequestResult, runRequest } from './core/request/run.js';
export type { Finding, Severity } from './core/rules/finding.js';
export { type RuleCode, rules } from './core/rules/index.js';
export type { StatusModel } from './core/status/model.js';
export { runStatus, type StatusOptions } from './core/status/run.js';
export { type CheckedPlan, type ValidationRun, validatePaths } from './core/validate/index.js';
