// Typed errors: anything a user can cause is a SealgateError with a one-line message and exit code 2.

export class SealgateError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** Bad command line. */
export class UsageError extends SealgateError {}

/** A config or rule file that does not load; carries every problem at once. */
export class ConfigError extends SealgateError {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

/** git failed or the repository lacks what the command needs. */
export class GitError extends SealgateError {}

/** A fix that must not be applied (no namespace, index and work tree differ, ...). */
export class FixError extends SealgateError {}

export const REPORT_BUG_HINT =
  'This is a bug in sealgate; please report it with the command you ran (never the secret) at https://github.com/sealgate/sealgate/issues';
