// The Action's inputs (action.yml), read the way the runner passes them: INPUT_<NAME> variables.
import { UsageError } from '../errors.js';
import { getInput } from './core.js';
import { parseMode, type Mode } from './event.js';

export interface ActionInputs {
  path: string;
  config?: string;
  baseline?: string;
  mode: Mode;
  base?: string;
  head?: string;
  sarifFile: string;
  failOnFindings: boolean;
  showFix: boolean;
}

export function readInputs(): ActionInputs {
  return {
    path: getInput('path') || '.',
    config: getInput('config') || undefined,
    baseline: getInput('baseline') || undefined,
    mode: parseMode(getInput('mode')),
    base: getInput('base') || undefined,
    head: getInput('head') || undefined,
    sarifFile: getInput('sarif-file') || 'sealgate.sarif',
    failOnFindings: bool('fail-on-findings', true),
    showFix: bool('show-fix', true),
  };
}

/** YAML 1.2 booleans as core.getBooleanInput takes them, with the action.yml default when unset. */
function bool(name: string, dflt: boolean): boolean {
  const v = getInput(name);
  if (v === '') return dflt;
  if (['true', 'True', 'TRUE'].includes(v)) return true;
  if (['false', 'False', 'FALSE'].includes(v)) return false;
  throw new UsageError(`sealgate: the ${name} input must be true or false (got '${v.slice(0, 40)}')`);
}
