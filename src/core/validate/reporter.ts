import type { ParsedYaml } from '../load/yaml.js';
import type { FileContext, Part } from '../rules/context.js';
import { type Finding, findingAt } from '../rules/finding.js';
import type { RuleCode } from '../rules/index.js';

/** Collects the findings of the rules for one file, positioned through its source index. */
export class FileReporter {
  readonly findings: Finding[] = [];

  constructor(readonly parsed: ParsedYaml) {}

  /** The context of one rule in this file: whatever a check reports there carries that rule's code. */
  for(code: RuleCode): FileContext {
    const { file, index, changedNumbers } = this.parsed;
    return {
      report: (pointer: string, message: string, fix: string, part: Part = 'value') => {
        this.findings.push(findingAt(code, file, index.locate(pointer, part), message, fix, pointer));
      },
      line: (pointer: string, part: Part = 'value') => index.locate(pointer, part).line,
      changedNumbers,
    };
  }

  /** A finding of one rule about the whole file, on its first line (no value to point at). */
  forFile(code: RuleCode): (message: string, fix: string) => void {
    return (message, fix) => {
      this.findings.push(findingAt(code, this.parsed.file, { line: 1, column: 1 }, message, fix));
    };
  }
}
