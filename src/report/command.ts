// The one builder of the shell commands sealgate prints (text, JSON, SARIF, the Action's annotations
// and summary, the audit page). File names come from the repository under test, so every one is
// quoted and comes after `--`: a folder named `--values-out=/tmp/loot` stays a path, and
// `$(…)`, spaces, quotes and newlines stay inside their word.
import type { FixKind } from '../types.js';

const PLAIN = /^[A-Za-z0-9_./:@%+=,-]+$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * One shell word. POSIX single quotes when needed; a word holding control characters (a newline in a
 * file name) uses `$'…'` (bash, zsh, ksh, and POSIX.1-2024 sh) so the printed command stays on one
 * line and shows no raw terminal bytes.
 */
export function shellWord(word: string): string {
  if (word !== '' && PLAIN.test(word)) return word;
  if (!CONTROL.test(word)) return `'${word.replace(/'/g, `'\\''`)}'`;
  const body = word.replace(/[\\'\u0000-\u001f\u007f-\u009f]/g, (c) => {
    if (c === '\\' || c === "'") return `\\${c}`;
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
  });
  return `$'${body}'`;
}

/** `--name value`; `--name=value` when the value could itself be read as an option. */
function option(name: string, value: string): string {
  return value.startsWith('-') ? `--${name}=${shellWord(value)}` : `--${name} ${shellWord(value)}`;
}

/** Options, then `--`, then the quoted paths. */
export function command(program: string[], options: string[], paths: string[]): string {
  return [...program, ...options, '--', ...paths.map(shellWord)].join(' ');
}

/** Where the values go: the configured certificate or store, or what to write instead. */
export interface FixTarget {
  cert?: string;
  scope?: string;
  store?: string;
  storeKind?: string;
}

/** Shown in place of a certificate the configuration does not name. */
export const CERT_PLACEHOLDER = '<controller-cert.pem>';
export const STORE_PLACEHOLDER = '<secret-store>';
/** Fetches the controller's certificate into the file the Action's commands then name. */
export const FETCH_CERT_COMMAND = 'kubeseal --fetch-cert > pub-cert.pem';

/**
 * `sealgate fix --seal|--external … -- FILE…`. A placeholder (`<…>`) is printed as is: it is there to
 * be replaced, and quoting it would hide that.
 */
export function fixCommand(kind: FixKind, files: string[], t: FixTarget = {}): string {
  const value = (name: string, v: string | undefined, placeholder: string) => (v === undefined ? `--${name} ${placeholder}` : option(name, v));
  const opts =
    kind === 'seal'
      ? ['--seal', value('cert', t.cert, CERT_PLACEHOLDER), ...(t.scope ? [option('scope', t.scope)] : [])]
      : ['--external', value('store', t.store, STORE_PLACEHOLDER), ...(t.storeKind ? [option('store-kind', t.storeKind)] : [])];
  return command(['sealgate', 'fix'], opts, files);
}

/** Every command that repairs one finding (sealing, then an external store), for the reporters. */
export function fixCommands(f: { file: string; fix?: FixKind[] }, t: FixTarget = {}): string[] {
  return (['seal', 'external'] as const).filter((k) => f.fix?.includes(k)).map((k) => fixCommand(k, [f.file], t));
}

/**
 * The one command to suggest for a finding that both fixes repair: sealing, unless only an external
 * store is configured.
 */
export function preferredFix(fix: FixKind[] | undefined, t: FixTarget): FixKind | undefined {
  if (!fix?.length) return undefined;
  if (fix.includes('seal') && (t.cert || !t.store || !fix.includes('external'))) return 'seal';
  return fix.includes('external') ? 'external' : undefined;
}
