import { InvalidInputError } from '../errors.js';
import type { Finding } from '../rules/finding.js';

/** Input that failed validation: carries the findings, printed as `nap validate` prints them. Exit 1. */
export class ValidationFailedError extends InvalidInputError {
  constructor(
    message: string,
    readonly findings: readonly Finding[],
    readonly sources: ReadonlyMap<string, string>,
    hint = 'fix the problems above (`nap validate` shows the same), then run again',
  ) {
    super(message, hint);
  }
}
