import type { Finding } from '../findings/finding.js';
import { findingAt } from '../findings/make.js';
import type { RuleCode } from '../findings/rules.js';
import type { ParsedYaml } from '../load/yaml.js';

/** Collects findings of the rules for one file, positioned through its source index. */
export class FileReporter {
  readonly findings: Finding[] = [];

  constructor(readonly parsed: ParsedYaml) {}

  add(code: RuleCode, pointer: string, message: string, fix: string, part: 'key' | 'value' = 'value'): void {
    this.findings.push(findingAt(code, this.parsed.file, this.parsed.index.locate(pointer, part), message, fix, pointer));
  }

  line(pointer: string, part: 'key' | 'value' = 'value'): number {
    return this.parsed.index.locate(pointer, part).line;
  }
}
