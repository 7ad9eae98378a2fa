// --show-secrets prints values unmasked. A CI log is read by many and kept for months, so with CI set
// (every hosted CI sets it) the flag is refused unless written --show-secrets=force.
import { UsageError } from '../errors.js';

const FORCE = '--show-secrets=force';

/** The arguments with `--show-secrets=force` turned into `--show-secrets`, and whether it was forced. */
export function takeShowSecretsForce(args: string[]): { args: string[]; force: boolean } {
  const force = args.includes(FORCE);
  return { args: force ? args.map((a) => (a === FORCE ? '--show-secrets' : a)) : args, force };
}

/** Throws when values would be printed in CI without --show-secrets=force. */
export function checkShowSecrets(show: boolean, force: boolean, env: Record<string, string | undefined>, command: string): boolean {
  const ci = env.CI;
  if (show && !force && ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0') {
    throw new UsageError(`${command}: --show-secrets is refused when CI is set (values would stay in the CI log); use --show-secrets=force if you really mean it`);
  }
  return show;
}
