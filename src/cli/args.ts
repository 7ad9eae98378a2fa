// A thin, strict wrapper over node:util parseArgs that turns every parse problem into a UsageError.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../errors.js';
import { closest } from './suggest.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface Parsed {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/** Options every command takes: --quiet (findings and errors only) and --no-color. */
export const COMMON_OPTIONS = {
  quiet: { type: 'boolean', short: 'q' },
  'no-color': { type: 'boolean' },
} as const satisfies OptionSpec;

export function parseOptions(args: string[], options: OptionSpec, command: string): Parsed {
  const all: OptionSpec = { ...COMMON_OPTIONS, ...options };
  try {
    const { values, positionals } = parseArgs({ args, options: all, allowPositionals: true, strict: true });
    return { values: values as Parsed['values'], positionals };
  } catch (e) {
    const err = e as Error & { code?: string };
    const msg = err.message.replace(/\s*To specify a positional argument.*$/s, '').replace(/\.$/, '');
    let hint = '';
    const unknown = err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /'(--?[^'=]+)/.exec(err.message)?.[1] : undefined;
    if (unknown?.startsWith('--')) {
      const near = closest(unknown.slice(2), Object.keys(all));
      if (near) hint = ` Did you mean --${near}?`;
    }
    throw new UsageError(`${command}: ${msg}.${hint} Run 'sealgate ${command} --help'.`);
  }
}

/** A string option's value, or undefined. */
export function str(p: Parsed, name: string): string | undefined {
  const v = p.values[name];
  return typeof v === 'string' ? v : undefined;
}

export function bool(p: Parsed, name: string): boolean {
  return p.values[name] === true;
}

/** Validates an enumerated option value. */
export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], option: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${option} must be one of ${allowed.join(', ')} (got '${value}')`);
  }
  return value as T;
}

export function nonNegativeInt(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${option} takes a whole number (got '${value}')`);
  return Number(value);
}
