// Loads rules/*.yaml, validates every field (all problems gathered, each naming file and field) and
// compiles them. A rule set that does not load is an error, never a scan with fewer rules.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../errors.js';
import { parseManifest } from '../yaml/documents.js';
import { compileGlobs, checkGlob } from './glob.js';
import { CHECKS } from './checks/index.js';
import type { Check } from './checks/context.js';
import { compileSelector } from './select.js';
import { VALIDATORS } from './validators.js';
import type { Rule, RuleSpec, RuleExample } from './types.js';

const KEYS = new Set([
  'id', 'description', 'severity', 'message', 'keywords', 'check', 'pattern', 'flags', 'secretGroup',
  'entropy', 'paths', 'kinds', 'allowlist', 'fix', 'decoded', 'examples', 'select',
  'provider', 'credential', 'rotate', 'validate',
]);
const ALLOW_KEYS = new Set(['regexes', 'stopwords', 'paths']);
const EXAMPLE_KEYS = new Set(['name', 'path', 'code', 'line']);
const SEVERITIES = new Set(['error', 'warning', 'note']);
const FIXES = new Set(['seal', 'external']);

/** The folder of the built-in rules: `rules/` at the package root, found from this module upwards. */
export function builtinRulesDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(path.join(dir, 'rules')) && existsSync(path.join(dir, 'package.json'))) return path.join(dir, 'rules');
    dir = path.dirname(dir);
  }
  throw new ConfigError(['cannot find the built-in rules/ folder next to the sealgate package']);
}

/** Reads one rule file; problems are pushed, never thrown. */
export function readRuleFile(file: string, problems: string[]): unknown {
  const text = readFileSync(file, 'utf8');
  const [doc, ...more] = parseManifest(text, file);
  if (!doc || more.length > 0) {
    problems.push(`${file}: a rule file holds exactly one YAML document`);
    return undefined;
  }
  if (doc.error) {
    problems.push(`${file}: not valid YAML: ${doc.error}`);
    return undefined;
  }
  return doc.value;
}

/** Rule files of `dir` and its sub-folders (rules/providers/<family>/<id>.yaml), in a stable order. */
export function ruleFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else if (/\.ya?ml$/.test(e.name)) out.push(path.join(d, e.name));
    }
  };
  walk(dir);
  return out;
}

export function loadRulesDir(dir: string, problems: string[]): Rule[] {
  const rules: Rule[] = [];
  const seen = new Map<string, string>();
  for (const file of ruleFiles(dir)) {
    const spec = readRuleFile(file, problems);
    if (spec === undefined) continue;
    const rule = compileRule(spec, file, problems);
    if (rule) {
      if (path.basename(file).replace(/\.ya?ml$/, '') !== rule.id) problems.push(`${file}: id '${rule.id}' must match the file name`);
      const other = seen.get(rule.id);
      if (other) problems.push(`${file}: id '${rule.id}' is also used by ${other}`);
      seen.set(rule.id, file);
      rules.push(rule);
    }
  }
  return rules;
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

/** Validates and compiles one rule; returns undefined (with problems recorded) when it is unusable. */
export function compileRule(raw: unknown, file: string, problems: string[], requireExamples = true): Rule | undefined {
  const before = problems.length;
  const bad = (field: string, msg: string) => problems.push(`${file}: ${field}: ${msg}`);
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push(`${file}: a rule must be a mapping`);
    return undefined;
  }
  const r = raw as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!KEYS.has(k)) bad(k, 'unknown field');
  if (typeof r.id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(r.id)) bad('id', 'required, lower-case letters, digits and dashes');
  for (const f of ['description', 'message'] as const) if (typeof r[f] !== 'string' || r[f] === '') bad(f, 'required string');
  if (typeof r.severity !== 'string' || !SEVERITIES.has(r.severity)) bad('severity', 'must be error, warning or note');
  if (r.keywords !== undefined && !isStringArray(r.keywords)) bad('keywords', 'must be a list of strings');
  const manifestBy = [r.check, r.select].filter((x) => x !== undefined).length;
  if (manifestBy === 0 && r.pattern === undefined) bad('select', "a rule needs 'pattern' (content rule), or 'select' or 'check' (manifest rule)");
  if (r.check !== undefined && r.select !== undefined) bad('check', "a manifest rule has either 'select' (data) or 'check' (code), not both");
  let check: Check | undefined;
  if (r.check !== undefined) {
    if (typeof r.check !== 'string' || !Object.hasOwn(CHECKS, r.check)) bad('check', `unknown check '${String(r.check)}' (the rules written in code: ${Object.keys(CHECKS).join(', ')})`);
    else check = CHECKS[r.check];
  }
  if (r.select !== undefined) check = compileSelector(r.select, bad);
  let regex: RegExp | undefined;
  if (r.pattern !== undefined) {
    if (typeof r.pattern !== 'string') bad('pattern', 'must be a string');
    else {
      const flags = typeof r.flags === 'string' ? r.flags : '';
      if (/[^imsu]/.test(flags)) bad('flags', 'only i, m, s and u are allowed');
      try {
        regex = new RegExp(r.pattern, `g${flags.replace(/g/g, '')}`);
      } catch (e) {
        bad('pattern', (e as Error).message);
      }
    }
  }
  const group = r.secretGroup ?? 0;
  if (typeof group !== 'number' || !Number.isInteger(group) || group < 0) bad('secretGroup', 'must be a whole number');
  // Counting groups runs the pattern, which compiles it: for the embedded rules (checked when the
  // tests load rules/) that would compile every rule's regex at start-up, not only the active ones'.
  else if (regex && requireExamples) {
    const groups = new RegExp(`${regex.source}|`).exec('')!.length - 1;
    if (group > groups) bad('secretGroup', `is ${group} but the pattern has ${groups} group(s)`);
  }
  if (r.entropy !== undefined && (typeof r.entropy !== 'number' || r.entropy < 0 || r.entropy > 8)) bad('entropy', 'must be a number from 0 to 8');
  for (const f of ['paths', 'kinds'] as const) if (r[f] !== undefined && !isStringArray(r[f])) bad(f, 'must be a list of strings');
  if (isStringArray(r.paths)) for (const g of r.paths) { const m = checkGlob(g); if (m) bad('paths', `bad glob '${g}': ${m}`); }
  const allow = (r.allowlist ?? {}) as Record<string, unknown>;
  if (typeof allow !== 'object' || Array.isArray(allow)) bad('allowlist', 'must be a mapping');
  else {
    for (const k of Object.keys(allow)) if (!ALLOW_KEYS.has(k)) bad(`allowlist.${k}`, 'unknown field');
    for (const k of ALLOW_KEYS) if (allow[k] !== undefined && !isStringArray(allow[k])) bad(`allowlist.${k}`, 'must be a list of strings');
  }
  const allowRegexes: RegExp[] = [];
  if (isStringArray(allow.regexes)) for (const s of allow.regexes) {
    try { allowRegexes.push(new RegExp(s)); } catch (e) { bad('allowlist.regexes', (e as Error).message); }
  }
  if (r.fix !== undefined && (!isStringArray(r.fix) || !r.fix.every((x) => FIXES.has(x)))) bad('fix', 'must be a list of seal, external');
  decodingsOf(r.decoded, (m) => bad('decoded', m));
  rejectIneffective(r, bad);
  checkProviderFields(r, bad);
  // Embedded rules drop their examples (the test suite runs them from rules/).
  const examples = requireExamples || r.examples !== undefined ? checkExamples(r.examples, (f, m) => bad(f, m)) : { valid: [], invalid: [] };
  if (problems.length > before) return undefined;
  return buildRule(r as unknown as RuleSpec, file, { check, regex, allowRegexes, examples: examples! });
}

/** The compiled parts of a rule: compileRule makes them while checking its spec, buildRule otherwise. */
interface CompiledParts {
  check: Check | undefined;
  regex: RegExp | undefined;
  allowRegexes: RegExp[];
  examples: RuleSpec['examples'];
}

function compiledParts(spec: RuleSpec): CompiledParts {
  return {
    check: spec.check !== undefined ? CHECKS[spec.check] : spec.select !== undefined ? compileSelector(spec.select, () => {}) : undefined,
    regex: spec.pattern !== undefined ? new RegExp(spec.pattern, `g${spec.flags ?? ''}`) : undefined,
    allowRegexes: (spec.allowlist?.regexes ?? []).map((s) => new RegExp(s)),
    examples: spec.examples ?? { valid: [], invalid: [] },
  };
}

/** The keyword walk's anchors of a content rule, as the build derived them (see Rule.anchors). */
export interface EmbeddedAnchors {
  anchors: string[] | null;
  anchorSkip?: number;
}

/**
 * The Rule a scan uses, from a spec compileRule accepts. The embedded rules come here without
 * compileRule: the build compiled each of them with it (a rule with a problem fails the build), and
 * checking 246 specs again would cost every hook milliseconds of code not compiled yet.
 */
export function buildRule(spec: RuleSpec, file: string, parts: CompiledParts = compiledParts(spec), walk?: EmbeddedAnchors): Rule {
  const allow = spec.allowlist ?? {};
  const content = parts.regex !== undefined;
  return {
    id: spec.id,
    description: spec.description,
    severity: spec.severity,
    message: spec.message,
    keywords: (spec.keywords ?? []).map((k) => k.toLowerCase()),
    check: parts.check,
    regex: parts.regex,
    // Every rule has both fields, whatever its kind: rules of one shape keep the engine's code monomorphic.
    anchors: content ? walk?.anchors : undefined,
    anchorSkip: content && walk?.anchorSkip ? walk.anchorSkip : undefined,
    pattern: spec.pattern,
    secretGroup: spec.secretGroup ?? 0,
    entropy: spec.entropy,
    appliesTo: spec.paths?.length ? compileGlobs(spec.paths) : undefined,
    kinds: spec.kinds ?? [],
    allowRegexes: parts.allowRegexes,
    stopwords: (allow.stopwords ?? []).map((s) => s.toLowerCase()),
    allowPaths: allow.paths?.length ? compileGlobs(allow.paths) : undefined,
    fix: spec.fix,
    decodings: decodingsOf(spec.decoded, () => {}),
    provider: spec.provider,
    credential: spec.credential,
    rotate: spec.rotate,
    validate: spec.validate,
    validator: spec.validate !== undefined ? VALIDATORS[spec.validate]!.check : undefined,
    examples: parts.examples,
    file,
  };
}

/**
 * provider / credential / rotate / validate: who issued the credential, its human name (shown in every
 * report), where to revoke it, and the checksum or structure check a match must pass.
 */
function checkProviderFields(r: Record<string, unknown>, bad: (field: string, msg: string) => void): void {
  for (const f of ['provider', 'credential'] as const) {
    if (r[f] !== undefined && (typeof r[f] !== 'string' || r[f] === '')) bad(f, 'must be a non-empty string');
  }
  if (r.rotate !== undefined && (typeof r.rotate !== 'string' || !/^https:\/\/[^\s/]+\.[^\s]+$/.test(r.rotate))) bad('rotate', 'must be an https:// URL');
  if (r.provider !== undefined) {
    if (r.credential === undefined) bad('credential', "required when 'provider' is set");
    if (r.rotate === undefined) bad('rotate', "required when 'provider' is set");
  }
  if (r.validate !== undefined) {
    if (typeof r.validate !== 'string' || !Object.hasOwn(VALIDATORS, r.validate)) {
      bad('validate', `unknown validator '${String(r.validate)}' (known: ${Object.keys(VALIDATORS).join(', ')})`);
    } else if (r.pattern === undefined) bad('validate', "only content rules (with 'pattern') can be validated");
  }
}

/** `decoded`: true (base64, the default), false, or a list of encodings. */
function decodingsOf(v: unknown, bad: (msg: string) => void): Rule['decodings'] {
  if (v === undefined || v === true) return ['base64'];
  if (v === false) return [];
  if (Array.isArray(v) && v.length > 0 && v.every((x) => x === 'base64' || x === 'hex')) return [...new Set(v as Rule['decodings'])];
  bad('must be true, false or a list of base64, hex');
  return [];
}

/** Fields that would be accepted and silently ignored are errors: every field a rule sets takes effect. */
function rejectIneffective(r: Record<string, unknown>, bad: (field: string, msg: string) => void): void {
  const manifest = r.check !== undefined ? 'check' : r.select !== undefined ? 'select' : undefined;
  if (manifest && r.pattern !== undefined) bad(manifest, `a rule has either 'pattern' (content rule) or '${manifest}' (manifest rule), not both`);
  else if (manifest) {
    for (const f of ['flags', 'secretGroup', 'decoded']) if (r[f] !== undefined) bad(f, `only content rules ('pattern') use it; a manifest rule ('${manifest}') would ignore it`);
  } else if (r.pattern !== undefined) {
    if (r.kinds !== undefined) bad('kinds', "only manifest rules ('select' or 'check') are dispatched by kind; a content rule reads every file its 'paths' allow");
    if (r.fix !== undefined) bad('fix', "only manifest rules ('select' or 'check') that report a Secret can be fixed; a content rule would ignore it");
  }
}

function checkExamples(raw: unknown, bad: (field: string, msg: string) => void): RuleSpec['examples'] | undefined {
  if (!raw || typeof raw !== 'object') {
    bad('examples', 'required: valid and invalid examples');
    return undefined;
  }
  const ex = raw as Record<string, unknown>;
  for (const k of Object.keys(ex)) if (k !== 'valid' && k !== 'invalid') bad(`examples.${k}`, 'unknown field');
  const out: RuleSpec['examples'] = { valid: [], invalid: [] };
  for (const kind of ['valid', 'invalid'] as const) {
    const list = ex[kind];
    if (!Array.isArray(list) || list.length === 0) {
      bad(`examples.${kind}`, 'at least one example is required');
      continue;
    }
    const names = new Set<string>();
    list.forEach((e, i) => {
      const where = `examples.${kind}[${i}]`;
      if (!e || typeof e !== 'object') return bad(where, 'must be a mapping');
      const o = e as Record<string, unknown>;
      for (const k of Object.keys(o)) if (!EXAMPLE_KEYS.has(k)) bad(`${where}.${k}`, 'unknown field');
      if (typeof o.name !== 'string') bad(`${where}.name`, 'required string');
      else if (names.has(o.name)) bad(`${where}.name`, `duplicate example name '${o.name}'`);
      else names.add(o.name);
      if (typeof o.code !== 'string') bad(`${where}.code`, 'required string');
      if (o.path !== undefined && typeof o.path !== 'string') bad(`${where}.path`, 'must be a string');
      if (o.line !== undefined && typeof o.line !== 'number') bad(`${where}.line`, 'must be a number');
      out[kind].push(o as unknown as RuleExample);
    });
  }
  return out;
}

/**
 * Set by the bundler (scripts/build-options.mjs): the rules/ files, parsed, without their examples,
 * each with its pattern's anchors, as JSON text.
 */
declare const SEALGATE_EMBEDDED_RULES: string | undefined;

let cached: Rule[] | undefined;

/** Built-in rules; throws ConfigError listing every problem. */
export function loadBuiltinRules(): Rule[] {
  if (cached) return cached;
  const problems: string[] = [];
  const rules =
    typeof SEALGATE_EMBEDDED_RULES !== 'undefined'
      ? (JSON.parse(SEALGATE_EMBEDDED_RULES) as ({ file: string; spec: RuleSpec } & EmbeddedAnchors)[]).map((e) => buildRule(e.spec, e.file, undefined, e))
      : loadRulesDir(builtinRulesDir(), problems);
  if (problems.length) throw new ConfigError(problems);
  cached = rules;
  return rules;
}
