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

/** First line of the message plus the stack frames, never a quoted source snippet. */
export function describeError(e: unknown): string {
  if (!(e instanceof Error)) return 'non-error thrown';
  // Parser messages quote input ("Unexpected token … in JSON"): drop quoted parts, they may be a secret.
  const first = (e.message.split('\n')[0] ?? '').replace(/(["'`]).*?\1/g, '$1…$1').slice(0, 200);
  const frames = (e.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l)).slice(0, 8);
  return [first, ...frames].join('\n');
}
