// The detector: text in, findings out, in memory (no disk, no git). Order, after gitleaks:
// path allowlist -> keyword prefilter -> manifest checks (dispatched by kind) and content rules (also
// over decoded base64/hex) -> one gate for every hit (rule entropy and allowlist, config allowlist,
// inline allows, baseline) -> one finding per value -> changed-lines filter -> fingerprint.
import type { Finding, Fragment, SafeObject, Skipped } from '../types.js';
import type { Rule } from '../rules/types.js';
import type { Hit, ObjectContext } from '../rules/checks/context.js';
import { get, str, type YMap, type ManifestDoc } from '../yaml/documents.js';
import { LineIndex } from '../text/lines.js';
import { decodeBytes } from '../text/decode.js';
import { KeywordIndex } from './keywords.js';
import { RuleMatcher, ruleAnchors } from './anchored.js';
import { fingerprint } from './fingerprint.js';
import { overlaps } from './templates.js';
import { readDocuments } from './read-documents.js';
import { readingOf, embeddedManifests } from './reading.js';
import { readTolerant } from '../yaml/tolerant.js';
import { Gate, InlineAllow, contentMatchIsCredential, judgesAssignedLiteral } from './gate.js';
import { decodeToText, isBase64Value, type Encoding } from './encoded.js';
import { decodeValues, multiLineScalars, type EncodedValue } from './decoded.js';
import { ManifestHosts, nameCredential, credentialName } from './hosts.js';
import type { PathMatcher } from '../rules/glob.js';

export interface EngineOptions {
  rules: Rule[];
  /** Global allowlists from the config. */
  allowPaths?: PathMatcher;
  allowRegexes?: RegExp[];
  stopwords?: string[];
  /** Fingerprints of accepted findings (the baseline); they never reach the result. */
  baseline?: ReadonlySet<string>;
  /** Key of the fingerprints' HMAC (see fingerprint.ts); undefined: unkeyed (a baseline without a key). */
  fingerprintKey?: string;
  /** Reads another file of the tree (kustomize files:/envs:). */
  readFile?: (repoPath: string) => string | undefined;
}

export interface FragmentResult {
  findings: Finding[];
  skipped?: Skipped;
  warnings: string[];
  safe: SafeObject[];
  bytes: number;
  /** Findings this fragment had that the baseline or a `sealgate:allow` comment hid (counted, not shown). */
  hidden?: { baseline: number; allowComments: number };
}

const MANIFEST_HINT = /\b(?:kind|apiVersion|auths|secretGenerator|sops)\b|"(?:kind|auths)"/;
/**
 * A document that may hold a Secret: `kind: Secret`, a `data:`/`stringData:` block, the sealed-secrets
 * master-key label, a kubeconfig `users:` block. When one cannot be parsed it is read line by line.
 */
const SECRET_SHAPED =
  /^[ \t]*(?:-[ \t]+)?["']?kind["']?[ \t]*:[ \t]*["']?Secret["']?[ \t]*(?:,[ \t]*)?(?:#.*)?$|^[ \t]*["']?(?:data|stringData)["']?[ \t]*:[ \t]*(?:\{[ \t]*)?(?:#.*)?$|sealedsecrets\.bitnami\.com\/sealed-secrets-key|^[ \t]*["']?users["']?[ \t]*:[ \t]*(?:\[[ \t]*)?$/m;
const SAFE_KINDS = new Set(['SealedSecret', 'ExternalSecret', 'PushSecret', 'SecretStore', 'ClusterSecretStore']);
type DocRef = NonNullable<Finding['document']>;

interface Located {
  rule: Rule;
  secret: string;
  /** Range of the value in the file text (for decoded hits: the encoded value holding it). */
  start: number;
  end: number;
  /** Offset of the line the finding reports (a key's line for manifest findings). */
  lineAt: number;
  resource?: Finding['resource'];
  data?: Record<string, string>;
  severity?: Finding['severity'];
  decoded?: Encoding;
  /** Content rules: where the whole match starts (before `secret` when the rule has context). */
  matchStart?: number;
  /** Manifest hits: the value read as text (base64 `data` decoded), for the gate. */
  plain?: string;
  document?: DocRef;
  /** Lines of the enclosing document: a manifest finding counts in a diff when any of them changed. */
  docLines?: [number, number];
  /** Found by the line-based reader in a document the parser refused (its reason). */
  unparsed?: string;
  /** The fix can rewrite its document (false for Markdown code blocks and refused documents). */
  fixable?: boolean;
  /** Found in a code block of a Markdown or AsciiDoc page. */
  embedded?: boolean;
}

interface RuleSet {
  rules: Rule[];
  /** Content rules that also read decoded text. */
  decodable: Rule[];
}

export class Engine {
  private readonly pathRules: Rule[];
  private readonly ruleSets = new Map<string, RuleSet>();
  private keywordIndex: KeywordIndex | undefined;
  /** Each content rule's way of finding its matches (see anchored.ts), built on first use. */
  private readonly matchers = new Map<Rule, RuleMatcher>();
  private readonly gate: Gate;
  private readonly hexRules: boolean;
  /** Findings hidden by the baseline, and places (file lines) where a `sealgate:allow` comment hid one: counted for the summary. */
  readonly hidden = { baseline: 0, allowComments: 0 };

  constructor(private readonly opts: EngineOptions) {
    this.pathRules = opts.rules.filter((r) => r.appliesTo);
    this.gate = new Gate(opts);
    this.hexRules = opts.rules.some((r) => r.decodings.includes('hex'));
  }

  /**
   * The rules that apply to a file and its decodable content rules: rules restricted to some paths
   * (values*.yaml, .env files) only where they apply. Files that the same path rules apply to share
   * one set (decided with one glob test per path rule).
   */
  private ruleSet(file: string): RuleSet {
    // The key: which path rules apply, as a string of 0s and 1s (built without an array per file).
    let key = '';
    for (let i = 0; i < this.pathRules.length; i++) key += this.pathRules[i]!.appliesTo!(file) ? '1' : '0';
    let set = this.ruleSets.get(key);
    if (!set) {
      const rules = this.pathRules.length === 0 ? this.opts.rules : this.opts.rules.filter((r) => !r.appliesTo || key[this.pathRules.indexOf(r)] === '1');
      set = { rules, decodable: rules.filter((r) => r.regex && r.decodings.length > 0) };
      this.ruleSets.set(key, set);
    }
    return set;
  }

  /**
   * One keyword index over every rule, built on first use (a hook with nothing to scan never builds
   * it); a file's walk answers for the rules of its set only (see ruleSet).
   */
  private keywords(): KeywordIndex {
    return (this.keywordIndex ??= new KeywordIndex(this.opts.rules));
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
    if (this.gate.fileAllowed(file)) return out;
    const lines = new LineIndex(text);
    const located: Located[] = [];
    const set = this.ruleSet(file);
    const prefiltered = this.keywords().scan(text, set.rules);
    const activeManifest = prefiltered.rules.filter((r) => r.check);
    const activeContent = prefiltered.rules.filter((r) => r.regex);
    const encoded: EncodedValue[] = [];
    let docs: ManifestDoc[] = [];

    const reading = readingOf(file, text);
    if (reading !== 'text' && (activeManifest.length > 0 || MANIFEST_HINT.test(text))) {
      // Markdown and AsciiDoc pages: their YAML/JSON code blocks, cut out in place.
      const source = reading === 'manifest' || reading === 'sniffed' ? text : embeddedManifests(text, reading);
      const mode = reading === 'manifest' ? 'file' : reading === 'sniffed' ? 'sniffed' : 'embedded';
      if (source !== undefined) docs = this.scanManifests(file, source, mode, lines, activeManifest, located, encoded, out);
    }
    for (const rule of activeContent) this.runContentRule(rule, text, located, file, prefiltered.startsOf(rule));
    this.scanEncoded(set, text, encoded, located, file);
    if (docs.length) attachDocuments(located, docs, lines);

    const before = { ...this.hidden };

    out.findings = this.finish(file, lines, located, changedLines);

    const baseline = this.hidden.baseline - before.baseline;

    const allowComments = this.hidden.allowComments - before.allowComments;

    if (baseline || allowComments) out.hidden = { baseline, allowComments };
    return out;
  }

  /**
   * `mode`: the file itself, a file read as manifests by its content (`sniffed`), or the code blocks
   * of a page (`embedded`). A parse error in the last two is not worth a warning (docs abbreviate,
   * notes mix prose and YAML) unless the document looks like a Secret.
   */
  private scanManifests(file: string, text: string, mode: 'file' | 'sniffed' | 'embedded', lines: LineIndex, manifestRules: Rule[], located: Located[], encoded: EncodedValue[], out: FragmentResult): ManifestDoc[] {
    const read = readDocuments(file, text);
    // Facts about the whole file, decided once (not once per document: a file can hold thousands).
    const kubesecTrailer = /^#\s*kubesec:v:\d+/m.test(text) && /^#\s*kubesec:mac:/m.test(text);
    const dispatch = new KindDispatch(manifestRules);
    for (const { doc, text: source, templated } of read) {
      const docRef: DocRef = { index: doc.index, start: doc.start, end: doc.end };
      const docLines: [number, number] = [lines.lineOf(doc.start), lines.lineOf(Math.max(doc.start, doc.end - 1))];
      let root = doc.root;
      let unparsed: string | undefined;
      if (doc.error) {
        // Fail closed: a Secret-shaped document the parser refuses is read line by line.
        const shaped = SECRET_SHAPED.test(source.slice(doc.start, doc.end));
        root = shaped ? readTolerant(source, doc.start, doc.end) : undefined;
        unparsed = doc.error;
        if (mode === 'file' || shaped) {
          const how = root ? 'read line by line' : 'scanned as text';
          out.warnings.push(`${file}: document ${doc.index + 1} is not valid YAML (${doc.error}); ${how}`);
        }
      }
      if (!root) continue;
      if (root.type === 'map') {
        for (const obj of objectsOf(root)) {
          const ctx = this.objectContext(file, kubesecTrailer, obj);
          if (templated) unmaskNames(ctx, text, templated);
          // Examples in a page's code blocks are not objects of the repository (the audit counts safe ones).
          const safe = unparsed || mode === 'embedded' ? undefined : safeKind(ctx);
          if (safe) out.safe.push(detachAll({ file, kind: safe, name: ctx.name, namespace: ctx.namespace }));
          for (const rule of dispatch.rulesFor(ctx.kind)) {
            for (const hit of rule.check!(ctx)) {
              const l = this.fromHit(rule, hit, ctx, docRef, docLines);
              // A value written by a template action is a reference, whatever the mask made of it.
              if (templated && overlaps(templated, l.start, l.end)) continue;
              l.unparsed = unparsed;
              // A fix rewrites parsed YAML documents: not a page's code block, not a refused document.
              l.fixable = mode !== 'embedded' && !unparsed;
              l.embedded = mode === 'embedded';
              located.push(l);
            }
          }
        }
      }
      if (!unparsed) multiLineScalars(root, encoded);
    }
    return read.map((r) => r.doc);
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

  private fromHit(rule: Rule, hit: Hit, ctx: ObjectContext, document: DocRef, docLines: [number, number]): Located {
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
      plain: plainForm(hit.secret),
      document,
      docLines,
    };
  }

  private matcher(rule: Rule): RuleMatcher {
    let m = this.matchers.get(rule);
    if (!m) {
      // Told the anchors the keyword index walks for, so their offsets are used.
      m = new RuleMatcher(rule.regex!, ruleAnchors(rule)?.words ?? null);
      this.matchers.set(rule, m);
    }
    return m;
  }

  /** Runs a content rule over the file text (only at `starts`, its anchors' offsets, when it has anchors). */
  private runContentRule(rule: Rule, text: string, located: Located[], file: string, starts: readonly number[] | undefined): void {
    this.matcher(rule).forEach(text, (m) => {
      const secret = m[rule.secretGroup] ?? m[0];
      if (!secret) return;
      // A checksum or structure that does not hold: not that credential (a typo, an invented example).
      if (rule.validator && !rule.validator(secret, m.groups)) return;
      const offsetInMatch = rule.secretGroup > 0 ? Math.max(0, m[0].indexOf(secret)) : 0;
      const linePrefix = judgesAssignedLiteral(rule) ? linePrefixOf(text, m.index) : '';
      const verdict = contentMatchIsCredential(rule, secret, m[0], text.slice(Math.max(0, m.index - 64), m.index + offsetInMatch), file, m.groups, linePrefix);
      if (!verdict) return;
      const start = m.index + offsetInMatch;
      located.push({ rule, secret, start, end: start + secret.length, lineAt: start, matchStart: m.index, ...(verdict === 'warning' ? { severity: 'warning' as const } : {}) });
    }, starts);
  }

  /**
   * Decodes base64 (and, for rules that ask, hex) values to depth 2 and runs the content rules over
   * the decoded text: its own keyword prefilter, every decodable rule. All decoded values of a file
   * are matched in one pass over a combined text; a match maps back to the encoded value holding it.
   */
  /** Content rules over the decoded text of encoded values (their own keyword prefilter, one pass). */
  private scanEncoded(set: RuleSet, text: string, fromManifests: EncodedValue[], located: Located[], file: string): void {
    const rules = set.decodable;
    if (rules.length === 0) return;
    const decoded = decodeValues(text, fromManifests, this.hexRules);
    if (!decoded) return;
    const found: Located[] = [];
    // The same keyword walk over the decoded text, answering for the decodable rules of the file.
    const prefiltered = this.keywords().scan(decoded.text, rules);
    for (const rule of prefiltered.rules) this.runContentRule(rule, decoded.text, found, file, prefiltered.startsOf(rule));
    for (const l of found) {
      const host = decoded.hostOf(l.start, l.end, l.rule.decodings);
      // Only provider rules may use a value's label as their context (`dd_api_key: <base64>`).
      if (!l.rule.provider && (l.matchStart ?? l.start) < (decoded.plainStartOf(l.start) ?? 0)) continue;
      if (host) located.push({ rule: l.rule, secret: l.secret, start: host.start, end: host.end, lineAt: host.start, decoded: host.encoding });
    }
  }

  private finish(file: string, lines: LineIndex, located: Located[], changed?: ReadonlySet<number>): Finding[] {
    const findings: Finding[] = [];
    const taken = new Set<string>();
    const inline = new InlineAllow(lines, file);
    const allowedLines = new Set<number>();
    // Manifest findings first: a content match inside a value they already report names its format.
    located.sort((a, b) => Number(!!a.rule.regex) - Number(!!b.rule.regex) || a.start - b.start);
    const hosts = new ManifestHosts();
    // A provider rule that recognised a value says more than a generic pattern over the same value.
    const named = new Set(located.filter((l) => l.rule.provider && l.rule.regex).map((l) => l.start));
    for (const l of located) {
      if (l.rule.regex && !l.rule.provider && named.has(l.start)) continue;
      if (this.gate.ruleSkipsFile(l.rule, file)) continue;
      const forms = l.plain !== undefined ? [l.secret, l.plain] : [l.secret];
      if (!this.gate.valueAllowed(l.rule, ...forms)) continue;
      const at = lines.position(l.start);
      const line = lines.lineOf(l.lineAt);
      const endPos = lines.position(Math.max(l.start, l.end - 1));
      if (l.rule.regex) {
        const host = hosts.holding(l.start, l.end, line);
        if (host) {
          nameCredential(host, l.rule, l.decoded);
          continue;
        }
      }
      // One finding per place and rule.
      const place = `${l.rule.id}@${line}:${at.column}`;
      if (taken.has(place)) continue;
      if (inline.allowed(line, endPos.line)) {
        allowedLines.add(line);
        continue;
      }
      if (changed && !touches(changed, l.docLines ?? [line, endPos.line])) continue;
      const fp = fingerprint(l.rule.id, file, l.secret, this.opts.fingerprintKey);
      if (this.gate.inBaseline(fp)) {
        this.hidden.baseline++;
        continue;
      }
      taken.add(place);
      const message = interpolate(l.rule.message, { ...l.data, key: l.resource?.key ?? l.data?.key ?? '' });
      const finding: Finding = {
        ruleId: l.rule.id,
        // A manifest that could not be parsed blocks: nobody can tell what the cluster would make of it.
        // (A documentation code block keeps its rule's verdict: it is never applied as it stands.)
        severity: l.unparsed && !l.embedded ? 'error' : (l.severity ?? l.rule.severity),
        message: detach(l.unparsed ? `${message} (the document could not be parsed: ${l.unparsed}; read line by line)` : message),
        file,
        line,
        column: line === at.line ? at.column : 1,
        endLine: Math.max(line, endPos.line),
        endColumn: endPos.column + 1,
        resource: l.resource && detachAll(l.resource),
        secret: detach(l.secret),
        fingerprint: fp,
        fix: l.rule.fix && l.fixable && l.resource?.kind === 'Secret' ? [...l.rule.fix] : undefined,
        offset: { start: l.start, end: l.end },
      };
      // Optional fields are added only when set: a `delete` would turn every finding into a slow
      // dictionary-mode object, which costs each later copy and JSON.stringify (23,000 findings of
      // one file spent 0.3 s in the report).
      if (l.document) finding.document = { ...l.document };
      if (l.rule.regex) finding.credential = credentialName(l.rule);
      if (l.decoded) finding.decoded = l.decoded;
      findings.push(finding);
      if (!l.rule.regex) hosts.add({ start: l.start, end: l.end, line, finding });
    }
    for (const line of allowedLines) if (!changed || changed.has(line)) this.hidden.allowComments++;
    return findings.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  }
}

/** Which kinds' objects each manifest rule looks at: `kinds` is the dispatch index (none = every object). */
class KindDispatch {
  private readonly byKind = new Map<string, Rule[]>();
  private readonly anyKind: Rule[];

  constructor(private readonly rules: Rule[]) {
    this.anyKind = rules.filter((r) => r.kinds.length === 0);
  }

  rulesFor(kind: string | undefined): Rule[] {
    if (kind === undefined) return this.anyKind;
    let list = this.byKind.get(kind);
    if (!list) {
      list = this.rules.filter((r) => r.kinds.length === 0 || r.kinds.includes(kind));
      this.byKind.set(kind, list);
    }
    return list;
  }
}

/**
 * The text before `at` on its line, at most 256 characters. Looks for the line break only within
 * those 256 characters (and `at` itself): a search back to the line's start costs the whole line for
 * every match, and a 1 MB one-line file with thousands of near misses took seconds.
 */
function linePrefixOf(text: string, at: number): string {
  const from = Math.max(0, at - 256);
  const nl = text.slice(from, at + 1).lastIndexOf('\n');
  return text.slice(nl >= 0 ? from + nl + 1 : from, at);
}

/** A manifest value as text: base64 `data` decodes to it; anything else is its own text. */
function plainForm(secret: string): string | undefined {
  if (secret.length > 1 << 20 || secret.length % 4 !== 0 || !isBase64Value(secret, 8)) return undefined;
  return decodeToText(secret, 'base64');
}

/** Content hits inside a parsed document carry it too (fixes and reports can point at the document). */
function attachDocuments(located: Located[], docs: ManifestDoc[], lines: LineIndex): void {
  for (const l of located) {
    if (l.document) continue;
    let lo = 0;
    let hi = docs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const d = docs[mid]!;
      if (l.start < d.start) hi = mid - 1;
      else if (l.start >= d.end) lo = mid + 1;
      else {
        if (!d.error) {
          l.document = { index: d.index, start: d.start, end: d.end };
          l.docLines = [lines.lineOf(d.start), lines.lineOf(Math.max(d.start, d.end - 1))];
        }
        break;
      }
    }
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

/** A templated name reads as its template (`{{ include "app.fullname" . }}`), not as the mask. */
function unmaskNames(ctx: ObjectContext, text: string, templated: [number, number][]): void {
  for (const field of ['name', 'namespace'] as const) {
    const node = field === 'name' ? get(ctx.node, 'metadata', 'name') : get(ctx.node, 'metadata', 'namespace');
    if (node?.type === 'scalar' && overlaps(templated, node.start, node.end)) ctx[field] = text.slice(node.start, node.end);
  }
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
