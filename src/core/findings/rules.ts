import type { Severity } from './finding.js';

/**
 * Every rule nap checks, by stable code. Codes are never reused or renumbered:
 * CI configurations and SARIF dashboards refer to them.
 */
export const rules = {
  // Reading the file and YAML itself
  NAP001: { severity: 'error', title: 'File is not UTF-8 text' },
  NAP002: { severity: 'error', title: 'File is larger than the size limit' },
  NAP003: { severity: 'error', title: 'File is empty' },
  NAP004: { severity: 'error', title: 'YAML syntax error' },
  NAP005: { severity: 'error', title: 'Duplicate key' },
  NAP006: { severity: 'error', title: 'Too many aliases' },
  NAP007: { severity: 'error', title: 'Forbidden key' },
  NAP008: { severity: 'error', title: 'YAML tag or directive not allowed' },
  NAP009: { severity: 'error', title: 'Nesting too deep' },
  NAP010: { severity: 'error', title: 'Top level is not a mapping' },
  NAP011: { severity: 'error', title: 'Several YAML documents in one file' },
  NAP012: { severity: 'error', title: 'Unknown or missing format version' },
  NAP013: { severity: 'error', title: 'Key is not plain text' },
  NAP014: { severity: 'error', title: 'Too many problems to list' },
  // The schema
  NAP020: { severity: 'error', title: 'Unknown field' },
  NAP021: { severity: 'error', title: 'Required field missing' },
  NAP022: { severity: 'error', title: 'Wrong type of value' },
  NAP023: { severity: 'error', title: 'Value not among the allowed values' },
  NAP024: { severity: 'error', title: 'Value not in the expected form' },
  NAP025: { severity: 'error', title: 'Value out of range or empty' },
  NAP026: { severity: 'error', title: 'Repeated entry in a list' },
  // The plan
  NAP030: { severity: 'error', title: 'Id changed by YAML number parsing' },
  NAP031: { severity: 'error', title: 'Duplicate id' },
  NAP032: { severity: 'error', title: 'Unknown actor' },
  NAP033: { severity: 'error', title: 'Lead is not among the actors' },
  NAP034: { severity: 'error', title: 'Period starts after it ends' },
  NAP035: { severity: 'error', title: 'Plan id differs from its folder name' },
  NAP036: { severity: 'warning', title: 'Superseded plan not found' },
  NAP037: { severity: 'error', title: 'Objective needs goals or actions, not both' },
  NAP038: { severity: 'error', title: 'Text map lacks the plan language' },
  NAP039: { severity: 'warning', title: 'Text map lacks a listed language' },
  NAP040: { severity: 'warning', title: 'Action without indicator' },
  NAP041: { severity: 'warning', title: 'Due date outside the period' },
  NAP042: { severity: 'error', title: 'Value does not fit the indicator unit' },
  NAP043: { severity: 'error', title: 'Not a real date' },
  NAP044: { severity: 'error', title: 'Actor parents form a loop' },
  // Progress files
  NAP050: { severity: 'error', title: 'Progress file names another plan' },
  NAP051: { severity: 'error', title: 'Year outside the plan period' },
  NAP052: { severity: 'error', title: 'Year differs from the file name' },
  NAP053: { severity: 'error', title: 'Unknown action' },
  NAP054: { severity: 'error', title: 'Unknown indicator' },
  NAP055: { severity: 'error', title: 'Reported value does not fit the indicator unit' },
  NAP056: { severity: 'error', title: 'Action reported twice' },
  NAP057: { severity: 'warning', title: 'Reporter is not responsible for the action' },
  NAP058: { severity: 'error', title: 'Progress file outside a year' },
} as const satisfies Record<string, { severity: Severity; title: string }>;

export type RuleCode = keyof typeof rules;
