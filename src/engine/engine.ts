// The detector: text in, findings out, in memory (no disk, no git). Order of checks, after gitleaks:
// path allowlist -> keyword prefilter -> rule paths -> manifest checks / regex -> secret group ->
// entropy -> allowlists and stopwords -> inline `sealgate:allow` -> changed-lines filter -> fingerprint.
import type { Finding, Fragment, SafeObject, Skipped } from '../types.js';
import type { Rule } from '../rules/types.js';
import { CHECKS } from '../rules/checks/index.js';
import type { Hit, ObjectContext } from '../rules/checks/context.js';
import { parseManifest, get, str, type YMap, type YNode, type ManifestDoc } from '../yaml/documents.js';
import { LineIndex } from '../text/lines.js';
import { decodeBytes } from '../text/decode.js';
import { KeywordIndex } from './keywords.js';
import { fingerprint } from './fingerprint.js';
import { decodeBase64, printableText, shannon, isDigestLike } from '../rules/values.js';
import { maskTemplates } from './templates.js';
import type { PathMatcher } from '../rules/glob.js';

export interface EngineOptions {
  rules: Rule[];
  /** Global allowlists from the config. */
  allowPaths?: PathMatcher;
  allowRegexes?: RegExp[];
  stopwords?: string[];
  /** Reads another file of the tree (kustomize files:/envs:). */
  readFile?: (repoPath: string) => string | undefined;
}

export interface FragmentResult {
  findings: Finding[];
  skipped?: Skipped;
  warnings: string[];
  safe: SafeObject[];
  bytes: number;
}

const MANIFEST_FILE = /\.(?:ya?ml|json)$|(?:^|\/)Kustomization$/i;
const MANIFEST_HINT = /\b(?:kind|apiVersion|auths|secretGenerator|sops)\b|"(?:kind|auths)"/;
const BASE64_VALUE = /^[A-Za-z0-9+/\r\n]{16,}={0,2}$/;
const ALLOW_SAME_LINE = /sealgate:allow(?!-)/;
const ALLOW_NEXT_LINE = /sealgate:allow-next-line/;
const SAFE_KINDS = new Set(['SealedSecret', 'ExternalSecret', 'PushSecret', 'SecretStore', 'ClusterSecretStore']);

interface Located {
  rule: Rule;
  secret: string;
  start: number;
  end: number;
  /** Offset of the line the finding reports (a key's line for manifest findings). */
  lineAt: number;
  resource?: Finding['resource'];
  data?: Record<string, string>;
  severity?: Finding['severity'];
  decoded?: boolean;
  /** Lines of the enclosing document: a manifest finding counts in a diff when any of them changed. */
  docLines?: [number, number];
}

export class Engine {
  private readonly keywords: KeywordIndex;
  private readonly pathRules: Rule[];
  private readonly indexByRuleSet = new Map<string, KeywordIndex>();
  /** Places (file lines) where a `sealgate:allow` comment hid a finding, for the summary's count. */
  allowedByComment = 0;

  constructor(private readonly opts: EngineOptions) {
    this.keywords = new KeywordIndex(opts.rules);
    this.pathRules = opts.rules.filter((r) => r.appliesTo);
  }

  /** Rules restricted to some paths (values*.yaml, kustomizations) only add keywords where they apply. */
  private keywordsFor(file: string): KeywordIndex {
    const rules = this.pathRules.length ? this.opts.rules.filter((r) => !r.appliesTo || r.appliesTo(file)) : this.opts.rules;
    const key = rules.length === this.opts.rules.length ? '*' : rules.map((r) => r.id).join(',');
    let index = this.indexByRuleSet.get(key);
    if (!index) {
      index = new KeywordIndex(rules);
      this.indexByRuleSet.set(key, index);
    }
    return index;
  }

  scanFragment(f: Fragment): FragmentResult {
    const decoded = decodeBytes(f.bytes);
    if ('binary' in decoded) {
      return { findings: [], warnings: [], safe: [], bytes: f.bytes.length, skipped: { file: f.path, reason: 'binary file', commit: f.commit?.sha } };
    }
    const res = this.scanText(f.path, decoded.text, f.changedLines);
    res.bytes = f.bytes.length;
    if (decoded.note) res.warnings.push(`${f.path}: ${decoded.note}`);
    if (f.commit) for (const x of res.findings) x.commit = f.commit;
    return res;
  }

  scanText(file: string, text: string, changedLines?: ReadonlySet<number>): FragmentResult {
    const out: FragmentResult = { findings: [], warnings: [], safe: [], bytes: text.length };
    if (this.opts.allowPaths?.(file)) return out;
    const lines = new LineIndex(text);
    const located: Located[] = [];
    const active = this.keywordsFor(file).activeRules(text, this.opts.rules);
    const activeManifest = active.filter((r) => r.check);
    const activeContent = active.filter((r) => r.regex);

    if (MANIFEST_FILE.test(file) && (activeManifest.length > 0 || MANIFEST_HINT.test(text))) {
      this.scanManifests(file, text, lines, activeManifest, activeContent, located, out);
    }
    for (const rule of activeContent) this.runContentRule(rule, text, 0, located, undefined);

    out.findings = this.finish(file, text, lines, located, changedLines);
    return out;
  }

  private scanManifests(file: string, text: string, lines: LineIndex, manifestRules: Rule[], contentRules: Rule[], located: Located[], out: FragmentResult): void {
    const parseText = text.includes('{{') ? maskTemplates(text) : text;
    let docs: ManifestDoc[];
    try {
      docs = parseManifest(parseText, file);
    } catch (e) {
      out.warnings.push(`${file}: could not be parsed as YAML (${(e as Error).message.split('\n')[0]}); scanned as text`);
      return;
    }
    // Facts about the whole file, decided once (not once per document: a file can hold thousands).
    const kubesecTrailer = /^#\s*kubesec:v:\d+/m.test(text) && /^#\s*kubesec:mac:/m.test(text);
    for (const doc of docs) {
      if (doc.error) {
        out.warnings.push(`${file}: document ${doc.index + 1} is not valid YAML (${doc.error}); scanned as text`);
        continue;
      }
      if (doc.root?.type !== 'map') continue;
      const docLines: [number, number] = [lines.lineOf(doc.start), lines.lineOf(Math.max(doc.start, doc.end - 1))];
      for (const obj of objectsOf(doc.root)) {
        const ctx = this.objectContext(file, kubesecTrailer, obj);
        const safe = safeKind(ctx);
        if (safe) out.safe.push(detachAll({ file, kind: safe, name: ctx.name, namespace: ctx.namespace }));
        for (const rule of manifestRules) {
          for (const hit of CHECKS[rule.check!]!(ctx)) located.push(this.fromHit(rule, hit, ctx, docLines));
        }
      }
      // Content rules also look inside base64 values (an AWS key in a Secret's data, a token in a ConfigMap).
      if (contentRules.some((r) => r.decoded)) this.scanDecodedValues(doc.root, contentRules, located, docLines);
    }
  }

  private objectContext(file: string, kubesecTrailer: boolean, node: YMap): ObjectContext {
    return {
      file,
      node,
      kind: str(get(node, 'kind')),
      apiVersion: str(get(node, 'apiVersion')),
      name: str(get(node, 'metadata', 'name')),
      namespace: str(get(node, 'metadata', 'namespace')),
      kubesecTrailer,
      readFile: this.opts.readFile,
    };
  }

  private fromHit(rule: Rule, hit: Hit, ctx: ObjectContext, docLines: [number, number]): Located {
    const at = hit.at;
    const start = at.start;
    const end = at.type === 'scalar' ? at.end : at.start + 1;
    return {
      rule,
      secret: hit.secret,
      start,
      end: Math.max(end, start),
      lineAt: hit.key ? hit.key.start : start,
      resource: hit.resource,
      data: { kind: ctx.kind ?? '', name: ctx.name ?? '', namespace: ctx.namespace ?? '', ...hit.data },
      severity: hit.severity,
      docLines,
    };
  }

  private scanDecodedValues(root: YNode, rules: Rule[], located: Located[], docLines: [number, number]): void {
    const seen = new Set<YNode>();
    const visit = (n: YNode, depth: number): void => {
      if (seen.has(n) || depth > 64) return;
      seen.add(n);
      if (n.type === 'map') for (const p of n.pairs) visit(p.value, depth + 1);
      else if (n.type === 'seq') for (const i of n.items) visit(i, depth + 1);
      else if (n.value.length >= 16 && BASE64_VALUE.test(n.value) && !isDigestLike(n.value)) {
        const bytes = decodeBase64(n.value);
        const plain = bytes && printableText(bytes);
        if (!plain) return;
        const active = this.keywords.activeRules(plain, rules).filter((r) => r.decoded);
        const before = located.length;
        for (const rule of active) this.runContentRule(rule, plain, 0, located, n);
        for (let i = before; i < located.length; i++) located[i]!.docLines = docLines;
      }
    };
    visit(root, 0);
  }

  /** Runs a content rule over `text`; with `host`, findings point at that (base64) value instead. */
  private runContentRule(rule: Rule, text: string, base: number, located: Located[], host: YNode | undefined): void {
    const re = rule.regex!;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const secret = m[rule.secretGroup] ?? m[0];
      const offsetInMatch = rule.secretGroup > 0 ? m[0].indexOf(secret) : 0;
      if (!secret || !this.allowed(rule, secret)) continue;
      const start = host ? host.start : base + m.index + Math.max(0, offsetInMatch);
      const end = host ? (host.type === 'scalar' ? host.end : host.start + 1) : start + secret.length;
      located.push({ rule, secret, start, end, lineAt: start, decoded: host ? true : undefined });
    }
  }

  /** Entropy, rule allowlist, global allowlist, stopwords: true when the secret should be reported. */
  private allowed(rule: Rule, secret: string): boolean {
    if (rule.entropy !== undefined && shannon(secret) < rule.entropy) return false;
    const lower = secret.toLowerCase();
    if (rule.stopwords.some((w) => lower.includes(w))) return false;
    if (rule.allowRegexes.some((r) => r.test(secret))) return false;
    if (this.opts.stopwords?.some((w) => lower.includes(w))) return false;
    if (this.opts.allowRegexes?.some((r) => r.test(secret))) return false;
    return true;
  }

  private finish(file: string, text: string, lines: LineIndex, located: Located[], changed?: ReadonlySet<number>): Finding[] {
    const findings: Finding[] = [];
    const taken = new Set<string>();
    const manifestLines = new Set<number>();
    const allowedAt = new Map<number, boolean>();
    const allowedLines = new Set<number>();
    const allowed = (line: number, endLine: number) => {
      let hit = allowedAt.get(line * 64 + Math.min(endLine - line, 63));
      if (hit === undefined) {
        hit = inlineAllowed(lines, line, endLine);
        allowedAt.set(line * 64 + Math.min(endLine - line, 63), hit);
      }
      return hit;
    };
    // Manifest findings first: a content match at the same place adds nothing but noise.
    located.sort((a, b) => Number(!!a.rule.regex) - Number(!!b.rule.regex) || a.start - b.start);
    for (const l of located) {
      if (l.rule.allowPaths?.(file)) continue;
      const at = lines.position(l.start);
      const line = lines.lineOf(l.lineAt);
      const endPos = lines.position(Math.max(l.start, l.end - 1));
      // One finding per place and rule; a content match on a line a manifest rule already reported adds only noise.
      const place = `${l.rule.id}@${line}:${at.column}`;
      if (taken.has(place) || (l.rule.regex && manifestLines.has(line))) continue;
      if (allowed(line, endPos.line)) {
        allowedLines.add(line);
        continue;
      }
      if (changed && !touches(changed, l.docLines ?? [line, endPos.line])) continue;
      taken.add(place);
      if (!l.rule.regex) manifestLines.add(line);
      findings.push({
        ruleId: l.rule.id,
        severity: l.severity ?? l.rule.severity,
        message: detach(interpolate(l.rule.message, { ...l.data, key: l.resource?.key ?? l.data?.key ?? '' })),
        file,
        line,
        column: line === at.line ? at.column : 1,
        endLine: Math.max(line, endPos.line),
        endColumn: endPos.column + 1,
        resource: l.resource && detachAll(l.resource),
        secret: detach(l.secret),
        fingerprint: fingerprint(l.rule.id, file, l.secret),
        fix: l.rule.fix && l.resource?.kind === 'Secret' ? [...l.rule.fix] : undefined,
        decoded: l.decoded,
      });
    }
    for (const line of allowedLines) if (!changed || changed.has(line)) this.allowedByComment++;
    return findings.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  }
}

/**
 * A copy of a string that does not keep the file's text alive: regex matches and parsed scalars are
 * V8 slices of the whole source, so a finding holding one would pin every scanned file in memory.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

function detachAll<T extends object>(o: T): T {
  const out = { ...o } as Record<string, unknown>;
  for (const [k, v] of Object.entries(out)) if (typeof v === 'string') out[k] = detach(v);
  return out as T;
}

/** A document's objects: itself, or the items of a `kind: List` / `SecretList`. */
function objectsOf(root: YMap): YMap[] {
  const kind = str(get(root, 'kind'));
  const items = get(root, 'items');
  if (kind && /List$/.test(kind) && items?.type === 'seq') {
    return [root, ...items.items.filter((i): i is YMap => i.type === 'map')];
  }
  return [root];
}

function safeKind(ctx: ObjectContext): SafeObject['kind'] | undefined {
  if (ctx.kind && SAFE_KINDS.has(ctx.kind)) return ctx.kind as SafeObject['kind'];
  if (ctx.kind === 'Secret') {
    const sops = get(ctx.node, 'sops');
    if (sops?.type === 'map' && get(sops, 'mac')) return 'SOPS';
    if (ctx.kubesecTrailer) return 'kubesec';
  }
  return undefined;
}

function inlineAllowed(lines: LineIndex, line: number, endLine: number): boolean {
  for (let l = line; l <= Math.min(endLine, line + 50); l++) if (ALLOW_SAME_LINE.test(lines.lineText(l))) return true;
  return line > 1 && ALLOW_NEXT_LINE.test(lines.lineText(line - 1));
}

function touches(changed: ReadonlySet<number>, [from, to]: [number, number]): boolean {
  if (to - from > changed.size) {
    for (const l of changed) if (l >= from && l <= to) return true;
    return false;
  }
  for (let l = from; l <= to; l++) if (changed.has(l)) return true;
  return false;
}

/** ESLint-style `{{name}}` placeholders; unknown ones stay as they are. */
export function interpolate(template: string, data: Record<string, string | undefined>): string {
  return template
    .replace(/\{\{\s*(\w+)\s*\}\}/g, (all, k: string) => (data[k] ? data[k]! : k in data ? '' : all))
    .replace(/\s+/g, ' ')
    .replace(/ \)/g, ')')
    .trim();
}
