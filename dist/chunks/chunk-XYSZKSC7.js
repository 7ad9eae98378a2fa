import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  effectiveRules,
  gitRoot,
  loadConfig,
  toRepoPath,
  treeSource
} from "./chunk-YWISBWTN.js";
import {
  decodeBytes
} from "./chunk-SCNYEPBS.js";
import {
  fingerprint,
  isSkipped
} from "./chunk-VNQBORQV.js";
import {
  CHECKS,
  decodeBase64,
  isDigestLike,
  printableText,
  shannon
} from "./chunk-A4RQK7JE.js";
import {
  get,
  parseManifest,
  str
} from "./chunk-L4445QIT.js";
import {
  ConfigError,
  UsageError
} from "./chunk-TFG56A5U.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-WX45H7BJ.js";

// src/scan.ts
init_define_SEALGATE_EMBEDDED_RULES();
import { existsSync, readFileSync as readFileSync2, statSync } from "node:fs";
import path from "node:path";

// src/engine/engine.ts
init_define_SEALGATE_EMBEDDED_RULES();

// src/text/lines.ts
init_define_SEALGATE_EMBEDDED_RULES();
var LineIndex = class {
  constructor(text) {
    this.text = text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }
  text;
  /** Offset at which each line starts; starts[0] = 0. */
  starts = [0];
  get lineCount() {
    return this.starts.length;
  }
  /** 1-based line of an offset. */
  lineOf(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  /** 1-based line and column (column counts UTF-16 code units, as editors and SARIF do). */
  position(offset) {
    const line = this.lineOf(offset);
    return { line, column: offset - this.starts[line - 1] + 1 };
  }
  lineStart(line) {
    return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))];
  }
  /** The text of a 1-based line without its line break. */
  lineText(line) {
    const start = this.lineStart(line);
    const next = line < this.starts.length ? this.starts[line] : this.text.length;
    return this.text.slice(start, next).replace(/\r?\n$|\r$/, "");
  }
};

// src/engine/keywords.ts
init_define_SEALGATE_EMBEDDED_RULES();
function escape(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
var KeywordIndex = class {
  regex;
  /** keyword -> every keyword it contains (so matching "secretaccesskey" also counts as "secret"). */
  implied = /* @__PURE__ */ new Map();
  always;
  byKeyword = /* @__PURE__ */ new Map();
  constructor(rules) {
    this.always = rules.filter((r) => r.keywords.length === 0);
    const all = /* @__PURE__ */ new Set();
    for (const r of rules) {
      for (const k of r.keywords) {
        all.add(k);
        const list = this.byKeyword.get(k) ?? [];
        list.push(r);
        this.byKeyword.set(k, list);
      }
    }
    const sorted = [...all].sort((a, b) => b.length - a.length);
    for (const k of sorted) this.implied.set(k, sorted.filter((o) => k.includes(o)));
    this.regex = sorted.length ? new RegExp(sorted.map(escape).join("|"), "gi") : void 0;
  }
  /** The rules whose keywords occur in `text`, in their original order. */
  activeRules(text, order) {
    const active = new Set(this.always);
    if (this.regex) {
      const found = /* @__PURE__ */ new Set();
      this.regex.lastIndex = 0;
      for (let m = this.regex.exec(text); m; m = this.regex.exec(text)) {
        const k = m[0].toLowerCase();
        if (found.has(k)) continue;
        for (const i of this.implied.get(k) ?? [k]) found.add(i);
        if (found.size === this.implied.size) break;
      }
      for (const k of found) for (const r of this.byKeyword.get(k) ?? []) active.add(r);
    }
    return order.filter((r) => active.has(r));
  }
};

// src/engine/templates.ts
init_define_SEALGATE_EMBEDDED_RULES();
var ACTION = /\{\{-?[\s\S]*?-?\}\}/g;
var CONTROL_ONLY = /^[ \t]*(?:\{\{-?[\s\S]*?-?\}\}[ \t]*)+$/;
function maskTemplates(text) {
  const lines = text.split(/(\r?\n|\r)/);
  for (let i = 0; i < lines.length; i += 2) {
    const line = lines[i];
    if (!line.includes("{{")) continue;
    if (CONTROL_ONLY.test(line)) {
      lines[i] = "#" + " ".repeat(Math.max(0, line.length - 1));
      continue;
    }
    lines[i] = line.replace(ACTION, (a) => "${" + "T".repeat(Math.max(0, a.length - 3)) + "}");
  }
  return lines.join("");
}

// src/engine/engine.ts
var MANIFEST_FILE = /\.(?:ya?ml|json)$|(?:^|\/)Kustomization$/i;
var MANIFEST_HINT = /\b(?:kind|apiVersion|auths|secretGenerator|sops)\b|"(?:kind|auths)"/;
var BASE64_VALUE = /^[A-Za-z0-9+/\r\n]{16,}={0,2}$/;
var ALLOW_SAME_LINE = /sealgate:allow(?!-)/;
var ALLOW_NEXT_LINE = /sealgate:allow-next-line/;
var SAFE_KINDS = /* @__PURE__ */ new Set(["SealedSecret", "ExternalSecret", "PushSecret", "SecretStore", "ClusterSecretStore"]);
var Engine = class {
  constructor(opts) {
    this.opts = opts;
    this.keywords = new KeywordIndex(opts.rules);
    this.pathRules = opts.rules.filter((r) => r.appliesTo);
  }
  opts;
  keywords;
  pathRules;
  indexByRuleSet = /* @__PURE__ */ new Map();
  /** Places (file lines) where a `sealgate:allow` comment hid a finding, for the summary's count. */
  allowedByComment = 0;
  /** Rules restricted to some paths (values*.yaml, kustomizations) only add keywords where they apply. */
  keywordsFor(file) {
    const rules = this.pathRules.length ? this.opts.rules.filter((r) => !r.appliesTo || r.appliesTo(file)) : this.opts.rules;
    const key = rules.length === this.opts.rules.length ? "*" : rules.map((r) => r.id).join(",");
    let index = this.indexByRuleSet.get(key);
    if (!index) {
      index = new KeywordIndex(rules);
      this.indexByRuleSet.set(key, index);
    }
    return index;
  }
  scanFragment(f) {
    const decoded = decodeBytes(f.bytes);
    if ("binary" in decoded) {
      return { findings: [], warnings: [], safe: [], bytes: f.bytes.length, skipped: { file: f.path, reason: "binary file", commit: f.commit?.sha } };
    }
    const res = this.scanText(f.path, decoded.text, f.changedLines);
    res.bytes = f.bytes.length;
    if (decoded.note) res.warnings.push(`${f.path}: ${decoded.note}`);
    if (f.commit) for (const x of res.findings) x.commit = f.commit;
    return res;
  }
  scanText(file, text, changedLines) {
    const out = { findings: [], warnings: [], safe: [], bytes: text.length };
    if (this.opts.allowPaths?.(file)) return out;
    const lines = new LineIndex(text);
    const located = [];
    const active = this.keywordsFor(file).activeRules(text, this.opts.rules);
    const activeManifest = active.filter((r) => r.check);
    const activeContent = active.filter((r) => r.regex);
    if (MANIFEST_FILE.test(file) && (activeManifest.length > 0 || MANIFEST_HINT.test(text))) {
      this.scanManifests(file, text, lines, activeManifest, activeContent, located, out);
    }
    for (const rule of activeContent) this.runContentRule(rule, text, 0, located, void 0);
    out.findings = this.finish(file, text, lines, located, changedLines);
    return out;
  }
  scanManifests(file, text, lines, manifestRules, contentRules, located, out) {
    const parseText = text.includes("{{") ? maskTemplates(text) : text;
    let docs;
    try {
      docs = parseManifest(parseText, file);
    } catch (e) {
      out.warnings.push(`${file}: could not be parsed as YAML (${e.message.split("\n")[0]}); scanned as text`);
      return;
    }
    const kubesecTrailer = /^#\s*kubesec:v:\d+/m.test(text) && /^#\s*kubesec:mac:/m.test(text);
    for (const doc of docs) {
      if (doc.error) {
        out.warnings.push(`${file}: document ${doc.index + 1} is not valid YAML (${doc.error}); scanned as text`);
        continue;
      }
      if (doc.root?.type !== "map") continue;
      const docLines = [lines.lineOf(doc.start), lines.lineOf(Math.max(doc.start, doc.end - 1))];
      for (const obj of objectsOf(doc.root)) {
        const ctx = this.objectContext(file, kubesecTrailer, obj);
        const safe = safeKind(ctx);
        if (safe) out.safe.push(detachAll({ file, kind: safe, name: ctx.name, namespace: ctx.namespace }));
        for (const rule of manifestRules) {
          for (const hit of CHECKS[rule.check](ctx)) located.push(this.fromHit(rule, hit, ctx, docLines));
        }
      }
      if (contentRules.some((r) => r.decoded)) this.scanDecodedValues(doc.root, contentRules, located, docLines);
    }
  }
  objectContext(file, kubesecTrailer, node) {
    return {
      file,
      node,
      kind: str(get(node, "kind")),
      apiVersion: str(get(node, "apiVersion")),
      name: str(get(node, "metadata", "name")),
      namespace: str(get(node, "metadata", "namespace")),
      kubesecTrailer,
      readFile: this.opts.readFile
    };
  }
  fromHit(rule, hit, ctx, docLines) {
    const at = hit.at;
    const start = at.start;
    const end = at.type === "scalar" ? at.end : at.start + 1;
    return {
      rule,
      secret: hit.secret,
      start,
      end: Math.max(end, start),
      lineAt: hit.key ? hit.key.start : start,
      resource: hit.resource,
      data: { kind: ctx.kind ?? "", name: ctx.name ?? "", namespace: ctx.namespace ?? "", ...hit.data },
      severity: hit.severity,
      docLines
    };
  }
  scanDecodedValues(root, rules, located, docLines) {
    const seen = /* @__PURE__ */ new Set();
    const visit = (n, depth) => {
      if (seen.has(n) || depth > 64) return;
      seen.add(n);
      if (n.type === "map") for (const p of n.pairs) visit(p.value, depth + 1);
      else if (n.type === "seq") for (const i of n.items) visit(i, depth + 1);
      else if (n.value.length >= 16 && BASE64_VALUE.test(n.value) && !isDigestLike(n.value)) {
        const bytes = decodeBase64(n.value);
        const plain = bytes && printableText(bytes);
        if (!plain) return;
        const active = this.keywords.activeRules(plain, rules).filter((r) => r.decoded);
        const before = located.length;
        for (const rule of active) this.runContentRule(rule, plain, 0, located, n);
        for (let i = before; i < located.length; i++) located[i].docLines = docLines;
      }
    };
    visit(root, 0);
  }
  /** Runs a content rule over `text`; with `host`, findings point at that (base64) value instead. */
  runContentRule(rule, text, base, located, host) {
    const re = rule.regex;
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
      const end = host ? host.type === "scalar" ? host.end : host.start + 1 : start + secret.length;
      located.push({ rule, secret, start, end, lineAt: start, decoded: host ? true : void 0 });
    }
  }
  /** Entropy, rule allowlist, global allowlist, stopwords: true when the secret should be reported. */
  allowed(rule, secret) {
    if (rule.entropy !== void 0 && shannon(secret) < rule.entropy) return false;
    const lower = secret.toLowerCase();
    if (rule.stopwords.some((w) => lower.includes(w))) return false;
    if (rule.allowRegexes.some((r) => r.test(secret))) return false;
    if (this.opts.stopwords?.some((w) => lower.includes(w))) return false;
    if (this.opts.allowRegexes?.some((r) => r.test(secret))) return false;
    return true;
  }
  finish(file, text, lines, located, changed) {
    const findings = [];
    const taken = /* @__PURE__ */ new Set();
    const manifestLines = /* @__PURE__ */ new Set();
    const allowedAt = /* @__PURE__ */ new Map();
    const allowedLines = /* @__PURE__ */ new Set();
    const allowed = (line, endLine) => {
      let hit = allowedAt.get(line * 64 + Math.min(endLine - line, 63));
      if (hit === void 0) {
        hit = inlineAllowed(lines, line, endLine);
        allowedAt.set(line * 64 + Math.min(endLine - line, 63), hit);
      }
      return hit;
    };
    located.sort((a, b) => Number(!!a.rule.regex) - Number(!!b.rule.regex) || a.start - b.start);
    for (const l of located) {
      if (l.rule.allowPaths?.(file)) continue;
      const at = lines.position(l.start);
      const line = lines.lineOf(l.lineAt);
      const endPos = lines.position(Math.max(l.start, l.end - 1));
      const place = `${l.rule.id}@${line}:${at.column}`;
      if (taken.has(place) || l.rule.regex && manifestLines.has(line)) continue;
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
        message: detach(interpolate(l.rule.message, { ...l.data, key: l.resource?.key ?? l.data?.key ?? "" })),
        file,
        line,
        column: line === at.line ? at.column : 1,
        endLine: Math.max(line, endPos.line),
        endColumn: endPos.column + 1,
        resource: l.resource && detachAll(l.resource),
        secret: detach(l.secret),
        fingerprint: fingerprint(l.rule.id, file, l.secret),
        fix: l.rule.fix && l.resource?.kind === "Secret" ? [...l.rule.fix] : void 0,
        decoded: l.decoded
      });
    }
    for (const line of allowedLines) if (!changed || changed.has(line)) this.allowedByComment++;
    return findings.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  }
};
function detach(s) {
  return s.length < 13 ? s : (" " + s).slice(1);
}
function detachAll(o) {
  const out = { ...o };
  for (const [k, v] of Object.entries(out)) if (typeof v === "string") out[k] = detach(v);
  return out;
}
function objectsOf(root) {
  const kind = str(get(root, "kind"));
  const items = get(root, "items");
  if (kind && /List$/.test(kind) && items?.type === "seq") {
    return [root, ...items.items.filter((i) => i.type === "map")];
  }
  return [root];
}
function safeKind(ctx) {
  if (ctx.kind && SAFE_KINDS.has(ctx.kind)) return ctx.kind;
  if (ctx.kind === "Secret") {
    const sops = get(ctx.node, "sops");
    if (sops?.type === "map" && get(sops, "mac")) return "SOPS";
    if (ctx.kubesecTrailer) return "kubesec";
  }
  return void 0;
}
function inlineAllowed(lines, line, endLine) {
  for (let l = line; l <= Math.min(endLine, line + 50); l++) if (ALLOW_SAME_LINE.test(lines.lineText(l))) return true;
  return line > 1 && ALLOW_NEXT_LINE.test(lines.lineText(line - 1));
}
function touches(changed, [from, to]) {
  if (to - from > changed.size) {
    for (const l of changed) if (l >= from && l <= to) return true;
    return false;
  }
  for (let l = from; l <= to; l++) if (changed.has(l)) return true;
  return false;
}
function interpolate(template, data) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (all, k) => data[k] ? data[k] : k in data ? "" : all).replace(/\s+/g, " ").replace(/ \)/g, ")").trim();
}

// src/engine/baseline.ts
init_define_SEALGATE_EMBEDDED_RULES();
import { readFileSync } from "node:fs";
var BASELINE_FILE = ".sealgate-baseline.json";
function readBaseline(file) {
  let raw;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    const code = e.code;
    throw new ConfigError([`${file}: cannot read the baseline (${code ?? "not valid JSON"})`]);
  }
  const fps = raw.fingerprints;
  if (!Array.isArray(fps) || !fps.every((f) => typeof f === "string")) {
    throw new ConfigError([`${file}: fingerprints: must be a list of strings`]);
  }
  return new Set(fps);
}
function baselineJson(findings) {
  const fingerprints = [...new Set(findings.map((f) => f.fingerprint))].sort();
  return JSON.stringify({ version: 1, tool: "sealgate", fingerprints }, null, 2) + "\n";
}

// src/scan.ts
async function scan(opts) {
  const t0 = performance.now();
  const cwd = path.resolve(opts.cwd);
  const absPaths = (opts.paths?.length ? opts.paths : ["."]).map((p) => path.resolve(cwd, p));
  const start = commonDir(absPaths.filter((p) => existsSync(p)), cwd);
  const repo = opts.root ?? await gitRoot(start);
  const root = repo ?? (opts.paths?.length ? start : cwd);
  const prefix = root.endsWith(path.sep) ? root : root + path.sep;
  const outside = absPaths.find((p) => p !== root && !p.startsWith(prefix));
  if (outside) throw new UsageError(`scan: ${outside} is outside ${repo ? "the repository" : "the scanned folder"} ${root}; scan it on its own`);
  const configStart = start;
  const config = await loadConfig(root, opts.configPath, configStart);
  const rules = effectiveRules(config);
  const baselineFile = opts.baselinePath ? path.resolve(cwd, opts.baselinePath) : config.baseline;
  const baseline = baselineFile ? readBaseline(baselineFile) : void 0;
  const engine = new Engine({
    rules,
    allowPaths: config.allowPaths,
    allowRegexes: config.allowRegexes,
    stopwords: config.stopwords,
    readFile: (rel) => readSmallFile(root, rel, config.maxFileSize)
  });
  const source = opts.source ?? treeSource(root, absPaths, repo !== void 0, config.maxFileSize);
  const result = {
    findings: [],
    summary: { files: 0, bytes: 0, skipped: [], findings: 0, durationMs: 0 },
    safe: [],
    warnings: [],
    root,
    config,
    inGit: repo !== void 0
  };
  let hiddenByBaseline = 0;
  const ownFiles = new Set([config.file, baselineFile].filter(Boolean).map((f) => toRepoPath(root, f)));
  for await (const item of source.items()) {
    if (isSkipped(item)) {
      result.summary.skipped.push(item);
      continue;
    }
    if (ownFiles.has(item.path)) continue;
    if (item.bytes.length > config.maxFileSize) {
      result.summary.skipped.push({ file: item.path, reason: `larger than ${config.maxFileSize} bytes (maxFileSize)`, commit: item.commit?.sha, unscannable: true });
      continue;
    }
    const r = engine.scanFragment(opts.wholeFiles ? { ...item, changedLines: void 0 } : item);
    if (r.skipped) {
      result.summary.skipped.push(r.skipped);
      continue;
    }
    result.summary.files++;
    result.summary.bytes += r.bytes;
    result.warnings.push(...r.warnings);
    result.safe.push(...r.safe);
    for (const f of r.findings) {
      if (baseline?.has(f.fingerprint)) hiddenByBaseline++;
      else result.findings.push(f);
    }
  }
  result.summary.range = source.info.range;
  result.summary.commits = source.info.commits;
  result.summary.findings = result.findings.length;
  result.summary.hidden = { baseline: hiddenByBaseline, allowComments: engine.allowedByComment };
  result.summary.durationMs = Math.round(performance.now() - t0);
  return result;
}
function commonDir(paths, root) {
  if (paths.length === 0) return root;
  const dirs = paths.map((p) => statSync(p).isDirectory() ? p : path.dirname(p));
  let common = dirs[0];
  for (const d of dirs.slice(1)) while (!(d + path.sep).startsWith(common + path.sep) && common !== path.dirname(common)) common = path.dirname(common);
  return common;
}
function readSmallFile(root, rel, max) {
  const abs = path.join(root, rel);
  if (!abs.startsWith(root + path.sep)) return void 0;
  try {
    const st = statSync(abs);
    if (!st.isFile() || st.size > max) return void 0;
    return readFileSync2(abs, "utf8");
  } catch {
    return void 0;
  }
}
function countBySeverity(findings) {
  let errors = 0;
  let warnings = 0;
  let notes = 0;
  for (const f of findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
    else notes++;
  }
  return { errors, warnings, notes };
}
function unscannable(skipped) {
  return skipped.filter((s) => s.unscannable);
}

export {
  BASELINE_FILE,
  baselineJson,
  scan,
  countBySeverity,
  unscannable
};
