// Reporter registry: name -> formatter, loaded when used. Secrets are masked here, before any formatter.
import type { ScanResult } from '../types.js';
import type { Rule } from '../rules/types.js';
import { redact } from './mask.js';
import type { FixTarget } from './command.js';
import type { Paint } from './color.js';

export const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export async function formatReport(result: ScanResult, format: Format, opts: { showSecrets?: boolean; rules?: Rule[]; fixDefaults?: FixTarget; quiet?: boolean; paint?: Paint } = {}): Promise<string> {
  const safe: ScanResult = { ...result, findings: redact(result.findings, !!opts.showSecrets) };
  switch (format) {
    case 'text':
      return (await import('./text.js')).formatText(safe, { fixDefaults: opts.fixDefaults, quiet: opts.quiet, paint: opts.paint });
    case 'json':
      return (await import('./json.js')).formatJson(safe, opts.fixDefaults);
    case 'sarif': {
      const rules = opts.rules ?? (await import('../rules/load.js')).loadBuiltinRules();
      return (await import('./sarif.js')).formatSarif(safe, rules, opts.fixDefaults);
    }
    case 'github':
      return (await import('./github.js')).formatGithub(safe);
  }
}
