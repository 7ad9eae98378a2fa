// Command registry: each command loads only when it runs, so `scan --staged` never pays for the fixes.
import type { Command } from '../context.js';

type Loader = () => Promise<{ default: Command }>;

export const COMMANDS: Record<string, { summary: string; load: Loader }> = {
  scan: { summary: 'scan files, the index (--staged) or commits (--range) for secrets', load: () => import('./scan.js') },
  audit: { summary: 'audit a repository, its history included (--history), as text, JSON, SARIF or HTML', load: () => import('./audit.js') },
  fix: { summary: 'rewrite plaintext Secrets into SealedSecrets (--seal) or ExternalSecrets (--external)', load: () => import('./fix.js') },
  seal: { summary: 'seal Secrets from stdin into SealedSecrets, like kubeseal (--fetch-cert, --validate, --re-encrypt, --raw)', load: () => import('./seal.js') },
  baseline: { summary: "write the fingerprints of today's findings to a baseline file", load: () => import('./baseline.js') },
  rules: { summary: 'list the rules with id, severity and description', load: () => import('./rules.js') },
  clean: { summary: 'list and remove the plaintext copies fixes keep under .git/sealgate (backups, values files)', load: () => import('./clean.js') },
  init: { summary: 'install the git hooks (husky, core.hooksPath)', load: () => import('./init.js') },
};
