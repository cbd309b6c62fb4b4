/**
 * Errors the user can act on. Each carries the exit code the CLI turns it into;
 * anything that is not a NapError is a bug in nap.
 */
export class NapError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 | 130,
    /** What to do about it, shown under the message. */
    readonly hint?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The input is invalid (the findings have already been reported). Exit 1. */
export class InvalidInputError extends NapError {
  constructor(message: string, hint?: string) {
    super(message, 1, hint);
  }
}

/** Wrong command line: unknown option, bad value, missing argument. Exit 2. */
export class UsageError extends NapError {
  constructor(message: string, hint?: string) {
    super(message, 2, hint);
  }
}

/** Something about the machine: a path missing or unreadable, no browser. Exit 2. */
export class EnvironmentError extends NapError {
  constructor(message: string, hint?: string) {
    super(message, 2, hint);
  }
}

/** Interrupted by the user (Ctrl-C): work stopped cleanly. Exit 130, as shells expect. */
export class InterruptedError extends NapError {
  constructor() {
    super('interrupted; nothing was left half-written', 130);
  }
}

/** Input that failed validation: carries the findings, printed as `nap validate` prints them. Exit 1. */
export class ValidationFailedError extends InvalidInputError {
  constructor(
    message: string,
    readonly findings: readonly import('./findings/finding.js').Finding[],
    readonly sources: ReadonlyMap<string, string>,
  ) {
    super(message, 'fix the problems above (`nap validate` shows the same), then run again');
  }
}
