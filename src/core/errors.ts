/**
 * Errors the user can act on. Each carries the exit code the CLI turns it into;
 * anything that is not a NapError is a bug in nap.
 */
export class NapError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
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
