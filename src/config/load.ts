// .sealgate.yaml: rule switches and severities, allowlists, custom rules, baseline, fix defaults.
// Every problem is gathered and reported together, each naming the file and the field.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../errors.js';
import { parseManifest } from '../yaml/documents.js';
import { compileGlobs, checkGlob, type PathMatcher } from '../rules/glob.js';
import { compileRule, loadBuiltinRules } from '../rules/load.js';
import type { Rule } from '../rules/types.js';
import { linearRegExp } from '../rules/linear-regex.js';
import type { Severity } from '../types.js';

export const CONFIG_FILE = '.sealgate.yaml';

export interface Config {
  /** The file it was read from, if any. */
  file?: string;
  /** Non-fatal notes about the configuration (a subfolder's .sealgate.yaml that was ignored). */
  notes?: string[];
  rules: Record<string, Severity | 'off'>;
  allowPaths?: PathMatcher;
  allowRegexes: RegExp[];
  stopwords: string[];
  customRules: Rule[];
  baseline?: string;
  maxFileSize: number;
  failOnSkipped: boolean;
  seal?: { cert?: string; scope?: string };
  /** Backups `sealgate fix` keeps under .git/sealgate/backups: the newest `keep` per file (default 5). */
  backups: { keep: number };
  external?: {
    store?: string; storeKind?: string; provider?: string; keyTemplate?: string;
    refreshInterval?: string; valuesOut?: string; prefix?: string;
  };
}

const TOP = new Set(['rules', 'allowlist', 'customRules', 'baseline', 'maxFileSize', 'failOnSkipped', 'seal', 'external', 'backups']);
const SEAL_KEYS = new Set(['cert', 'scope']);
const EXTERNAL_KEYS = new Set(['store', 'storeKind', 'provider', 'keyTemplate', 'refreshInterval', 'valuesOut', 'prefix']);

export const DEFAULT_BACKUPS_KEPT = 5;

export function defaultConfig(): Config {
  return { rules: {}, allowRegexes: [], stopwords: [], customRules: [], maxFileSize: 10 * 1024 * 1024, failOnSkipped: true, backups: { keep: DEFAULT_BACKUPS_KEPT } };
}

/** The nearest .sealgate.yaml from `start` up to `root`. */
export function findConfig(root: string, start: string): string | undefined {
  let dir = path.resolve(start);
  const top = path.resolve(root);
  for (;;) {
    const f = path.join(dir, CONFIG_FILE);
    if (existsSync(f)) return f;
    if (dir === top || !dir.startsWith(top)) return undefined;
    dir = path.dirname(dir);
  }
}

export async function loadConfig(root: string, explicitPath?: string, start?: string): Promise<Config> {
  // An explicit file, else the repository root's .sealgate.yaml. A subfolder's own file is ignored with
  // a note: scanned from (or limited to) that folder, it could switch off what the root requires, so
  // that `scan --staged` run from a subfolder would hide the root's files.
  const nearest = explicitPath ? undefined : findConfig(root, start ?? root);
  const rootFile = path.join(root, CONFIG_FILE);
  const file = explicitPath ? path.resolve(root, explicitPath) : existsSync(rootFile) ? rootFile : undefined;
  const config = defaultConfig();
  if (nearest && path.resolve(nearest) !== path.resolve(rootFile)) {
    config.notes = [`${path.relative(root, nearest)}: ignored; configuration is read from the repository root (${CONFIG_FILE}) or --config`];
  }
  if (!file) return config;
  config.file = file;
  const rel = path.relative(root, file) || file;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError([`${rel}: cannot read the config file (${(e as NodeJS.ErrnoException).code ?? 'error'})`]);
  }
  const [doc] = parseManifest(text, file);
  if (doc?.error) throw new ConfigError([`${rel}: not valid YAML: ${doc.error}`]);
  const raw = (doc?.value ?? {}) as Record<string, unknown>;
  const problems: string[] = [];
  const bad = (field: string, msg: string) => problems.push(`${rel}: ${field}: ${msg}`);
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError([`${rel}: the config must be a mapping`]);
  for (const k of Object.keys(raw)) if (!TOP.has(k)) bad(k, `unknown field (known: ${[...TOP].join(', ')})`);

  const rules = (raw.rules ?? {}) as Record<string, unknown>;
  if (typeof rules !== 'object' || Array.isArray(rules)) bad('rules', 'must map rule ids to error, warning, note or off');
  else for (const [id, sev] of Object.entries(rules)) {
    if (typeof sev !== 'string' || !['error', 'warning', 'note', 'off'].includes(sev)) bad(`rules.${id}`, 'must be error, warning, note or off');
    else config.rules[id] = sev as Severity | 'off';
  }

  const allow = (raw.allowlist ?? {}) as Record<string, unknown>;
  for (const k of Object.keys(allow)) if (!['paths', 'regexes', 'stopwords'].includes(k)) bad(`allowlist.${k}`, 'unknown field');
  const list = (k: string): string[] => {
    const v = allow[k];
    if (v === undefined) return [];
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) {
      bad(`allowlist.${k}`, 'must be a list of strings');
      return [];
    }
    return v as string[];
  };
  const paths = list('paths');
  for (const g of paths) { const m = checkGlob(g); if (m) bad('allowlist.paths', `bad glob '${g}': ${m}`); }
  if (paths.length) config.allowPaths = compileGlobs(paths);
  for (const r of list('regexes')) {
    try { config.allowRegexes.push(linearRegExp(r)); } catch (e) { bad('allowlist.regexes', (e as Error).message); }
  }
  config.stopwords = list('stopwords').map((s) => s.toLowerCase());

  if (raw.customRules !== undefined) {
    if (!Array.isArray(raw.customRules)) bad('customRules', 'must be a list of rules in the rules/ format');
    else raw.customRules.forEach((r, i) => {
      const rule = compileRule(r, `${rel}: customRules[${i}]`, problems);
      if (rule) {
        const linear = onLinearEngine(rule, (f, m) => bad(`customRules[${i}].${f}`, m));
        if (linear) config.customRules.push(linear);
      }
    });
  }
  if (raw.baseline !== undefined) {
    if (typeof raw.baseline !== 'string') bad('baseline', 'must be a path');
    else config.baseline = path.resolve(path.dirname(file), raw.baseline);
  }
  if (raw.maxFileSize !== undefined) {
    if (typeof raw.maxFileSize !== 'number' || raw.maxFileSize <= 0) bad('maxFileSize', 'must be a positive number of bytes');
    else config.maxFileSize = raw.maxFileSize;
  }
  if (raw.failOnSkipped !== undefined) {
    if (typeof raw.failOnSkipped !== 'boolean') bad('failOnSkipped', 'must be true or false');
    else config.failOnSkipped = raw.failOnSkipped;
  }
  if (raw.backups !== undefined) {
    const b = raw.backups as Record<string, unknown> | null;
    if (!b || typeof b !== 'object' || Array.isArray(b)) bad('backups', 'must be a mapping');
    else {
      for (const k of Object.keys(b)) if (k !== 'keep') bad(`backups.${k}`, 'unknown field (known: keep)');
      if (b.keep !== undefined) {
        if (typeof b.keep !== 'number' || !Number.isInteger(b.keep) || b.keep < 1) bad('backups.keep', 'must be a whole number of 1 or more');
        else config.backups = { keep: b.keep };
      }
    }
  }
  config.seal = section(raw.seal, 'seal', SEAL_KEYS, bad) as Config['seal'];
  config.external = section(raw.external, 'external', EXTERNAL_KEYS, bad) as Config['external'];
  const ext = config.external;
  if (ext?.storeKind !== undefined && !['ClusterSecretStore', 'SecretStore'].includes(ext.storeKind)) bad('external.storeKind', 'must be ClusterSecretStore or SecretStore');
  if (ext?.provider !== undefined && !['vault', 'aws', 'gcp', 'azure'].includes(ext.provider)) bad('external.provider', 'must be vault, aws, gcp or azure');
  if (ext?.refreshInterval !== undefined && !/^(?:\d+(?:\.\d+)?(?:ns|us|\u00b5s|ms|s|m|h))+$/.test(ext.refreshInterval)) bad('external.refreshInterval', "must be a duration such as 1h or 30m (Go's time.ParseDuration)");
  if (ext?.keyTemplate !== undefined && !ext.keyTemplate.includes('{name}')) bad('external.keyTemplate', 'must contain {name}');
  const sealScope = config.seal?.scope;
  if (sealScope !== undefined && !['strict', 'namespace-wide', 'cluster-wide'].includes(sealScope)) bad('seal.scope', 'must be strict, namespace-wide or cluster-wide');
  if (problems.length) throw new ConfigError(problems);
  return config;
}

/**
 * A custom rule's regexes recompiled for the linear-time engine: configuration may come from anyone
 * who can open a pull request, and a backtracking pattern would hang the scan (see linear-regex.ts).
 */
function onLinearEngine(rule: Rule, bad: (field: string, msg: string) => void): Rule | undefined {
  try {
    return {
      ...rule,
      regex: rule.regex ? linearRegExp(rule.regex.source, rule.regex.flags) : undefined,
      allowRegexes: rule.allowRegexes.map((r) => linearRegExp(r.source, r.flags)),
    };
  } catch (e) {
    bad('pattern', (e as Error).message);
    return undefined;
  }
}

function section(v: unknown, name: string, keys: Set<string>, bad: (f: string, m: string) => void): Record<string, string> | undefined {
  if (v === undefined) return undefined;
  if (!v || typeof v !== 'object' || Array.isArray(v)) {
    bad(name, 'must be a mapping');
    return undefined;
  }
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    if (!keys.has(k)) bad(`${name}.${k}`, `unknown field (known: ${[...keys].join(', ')})`);
    else if (typeof x !== 'string') bad(`${name}.${k}`, 'must be a string');
    else out[k] = x;
  }
  return out;
}

/** Built-in rules plus custom ones, with the config's switches and severities applied. */
export function effectiveRules(config: Config): Rule[] {
  const rules = [...loadBuiltinRules(), ...config.customRules];
  const ids = new Set(rules.map((r) => r.id));
  const problems: string[] = [];
  for (const id of Object.keys(config.rules)) if (!ids.has(id)) problems.push(`${config.file ?? CONFIG_FILE}: rules.${id}: no such rule (see 'sealgate rules')`);
  if (problems.length) throw new ConfigError(problems);
  return rules
    .filter((r) => config.rules[r.id] !== 'off')
    .map((r) => (config.rules[r.id] ? { ...r, severity: config.rules[r.id] as Severity } : r));
}
