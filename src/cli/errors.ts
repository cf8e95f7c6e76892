// Error classes that main() maps to exit codes; the message is what the user reads, so it names
// the file (and line) and says what to do.
export class UsageError extends Error {
  readonly exitCode = 2;
}

export class InputError extends Error {
  readonly exitCode = 2;
  constructor(message: string, readonly file?: string) {
    super(message);
  }
}

/** A bug in claims itself (e.g. a claim that fails its own schema): exit 2 and ask for a report. */
export class InternalError extends Error {
  readonly exitCode = 2;
}

/** Raised by --fail-on-conflict and similar: the run worked, the answer is "differences found". */
export class FindingsExit extends Error {
  readonly exitCode = 1;
}

/** Already reported to the user line by line: main() only sets the exit code. */
export class ReportedExit extends Error {
  constructor(readonly exitCode: number) {
    super('');
  }
}
