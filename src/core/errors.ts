/**
 * Errors the user can act on. Each carries a stable code (as findings carry their rule code)
 * and the exit code the CLI turns it into; anything that is not a NapError is a bug in nap.
 */

/** Stable codes of operational errors, documented in README ("Errors"); scripts may match on them. */
export const ERROR_CODES = {
  E_USAGE: {
    exit: '2',
    meaning: 'Wrong command line: unknown option, bad value, missing argument, or a plan or year that does not fit',
  },
  E_NOT_FOUND: { exit: '2', meaning: 'A named plan, file or folder does not exist' },
  E_READ: { exit: '2', meaning: 'A file or folder could not be read' },
  E_WRITE: { exit: '2', meaning: 'An output file or folder could not be written' },
  E_INPUT_OVERWRITE: { exit: '2', meaning: 'An output would replace one of the input files' },
  E_INVALID: {
    exit: '1',
    meaning: 'The plan or its progress failed validation (the findings are printed as nap validate prints them)',
  },
  E_TEMPLATE: { exit: '2', meaning: 'A template failed to compile or render (file and line are named)' },
  E_TRANSLATION: { exit: '2', meaning: 'No wording for the language, or a translation file that is not valid JSON' },
  E_NO_BROWSER: { exit: '2', meaning: 'No Chrome, Chromium or Edge was found to print PDFs' },
  E_BROWSER: { exit: '2', meaning: 'The browser failed to start, to print, or to answer within --timeout' },
  E_INTERRUPTED: {
    exit: '129, 130, 143',
    meaning: 'Stopped by Ctrl-C or a termination signal; nothing was left half-written',
  },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class NapError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 | 129 | 130 | 143,
    /** What to do about it, shown under the message. */
    readonly hint?: string,
    readonly code: ErrorCode = 'E_USAGE',
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The input is invalid (the findings have already been reported). Exit 1. */
export class InvalidInputError extends NapError {
  constructor(message: string, hint?: string) {
    super(message, 1, hint, 'E_INVALID');
  }
}

/** Wrong command line: unknown option, bad value, missing argument. Exit 2. */
export class UsageError extends NapError {
  constructor(message: string, hint?: string, code: ErrorCode = 'E_USAGE') {
    super(message, 2, hint, code);
  }
}

/** Something about the machine: a path missing or unreadable, no browser. Exit 2. */
export class EnvironmentError extends NapError {
  constructor(message: string, hint?: string, code: ErrorCode = 'E_READ') {
    super(message, 2, hint, code);
  }
}

/** A template that does not compile or render, named by file and line. Exit 2. */
export class TemplateError extends NapError {
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
    hint = 'fix the template, or remove it from the --templates folder to use the built-in one',
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`, 2, hint, 'E_TEMPLATE');
  }
}

/** Exit codes after a signal, as shells report them: 128 + the signal's number. */
const SIGNAL_EXIT = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;

/**
 * Interrupted by the user (Ctrl-C, a closed terminal) or a termination signal:
 * work stopped cleanly. Exit 128 + the signal number, as shells expect.
 */
export class InterruptedError extends NapError {
  constructor(signal: 'SIGINT' | 'SIGTERM' | 'SIGHUP' = 'SIGINT') {
    super('interrupted; nothing was left half-written', SIGNAL_EXIT[signal], undefined, 'E_INTERRUPTED');
  }
}
