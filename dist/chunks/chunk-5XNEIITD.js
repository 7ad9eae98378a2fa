import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  checkGlob,
  compileGlobs,
  compileRule,
  loadBuiltinRules
} from "./chunk-4ROY4D2B.js";
import {
  parseManifest
} from "./chunk-YH5FZBW4.js";
import {
  ConfigError
} from "./chunk-H5LKJQU6.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-QVQSHX7M.js";

// src/config/load.ts
init_define_SEALGATE_EMBEDDED_RULES();
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
var CONFIG_FILE = ".sealgate.yaml";
var TOP = /* @__PURE__ */ new Set(["rules", "allowlist", "customRules", "baseline", "maxFileSize", "failOnSkipped", "seal", "external", "backups"]);
var SEAL_KEYS = /* @__PURE__ */ new Set(["cert", "scope"]);
var EXTERNAL_KEYS = /* @__PURE__ */ new Set(["store", "storeKind", "provider", "keyTemplate", "refreshInterval", "valuesOut", "prefix"]);
var DEFAULT_BACKUPS_KEPT = 5;
function defaultConfig() {
  return { rules: {}, allowRegexes: [], stopwords: [], customRules: [], maxFileSize: 10 * 1024 * 1024, failOnSkipped: true, backups: { keep: DEFAULT_BACKUPS_KEPT } };
}
function findConfig(root, start) {
  let dir = path.resolve(start);
  const top = path.resolve(root);
  for (; ; ) {
    const f = path.join(dir, CONFIG_FILE);
    if (existsSync(f)) return f;
    if (dir === top || !dir.startsWith(top)) return void 0;
    dir = path.dirname(dir);
  }
}
async function loadConfig(root, explicitPath, start) {
  const file = explicitPath ? path.resolve(root, explicitPath) : findConfig(root, start ?? root);
  const config = defaultConfig();
  if (!file) return config;
  config.file = file;
  const rel = path.relative(root, file) || file;
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new ConfigError([`${rel}: cannot read the config file (${e.code ?? "error"})`]);
  }
  const [doc] = parseManifest(text, file);
  if (doc?.error) throw new ConfigError([`${rel}: not valid YAML: ${doc.error}`]);
  const raw = doc?.value ?? {};
  const problems = [];
  const bad = (field, msg) => problems.push(`${rel}: ${field}: ${msg}`);
  if (typeof raw !== "object" || Array.isArray(raw)) throw new ConfigError([`${rel}: the config must be a mapping`]);
  for (const k of Object.keys(raw)) if (!TOP.has(k)) bad(k, `unknown field (known: ${[...TOP].join(", ")})`);
  const rules = raw.rules ?? {};
  if (typeof rules !== "object" || Array.isArray(rules)) bad("rules", "must map rule ids to error, warning, note or off");
  else for (const [id, sev] of Object.entries(rules)) {
    if (typeof sev !== "string" || !["error", "warning", "note", "off"].includes(sev)) bad(`rules.${id}`, "must be error, warning, note or off");
    else config.rules[id] = sev;
  }
  const allow = raw.allowlist ?? {};
  for (const k of Object.keys(allow)) if (!["paths", "regexes", "stopwords"].includes(k)) bad(`allowlist.${k}`, "unknown field");
  const list = (k) => {
    const v = allow[k];
    if (v === void 0) return [];
    if (!Array.isArray(v) || !v.every((x) => typeof x === "string")) {
      bad(`allowlist.${k}`, "must be a list of strings");
      return [];
    }
    return v;
  };
  const paths = list("paths");
  for (const g of paths) {
    const m = checkGlob(g);
    if (m) bad("allowlist.paths", `bad glob '${g}': ${m}`);
  }
  if (paths.length) config.allowPaths = compileGlobs(paths);
  for (const r of list("regexes")) {
    try {
      config.allowRegexes.push(new RegExp(r));
    } catch (e) {
      bad("allowlist.regexes", e.message);
    }
  }
  config.stopwords = list("stopwords").map((s) => s.toLowerCase());
  if (raw.customRules !== void 0) {
    if (!Array.isArray(raw.customRules)) bad("customRules", "must be a list of rules in the rules/ format");
    else raw.customRules.forEach((r, i) => {
      const rule = compileRule(r, `${rel}: customRules[${i}]`, problems);
      if (rule) config.customRules.push(rule);
    });
  }
  if (raw.baseline !== void 0) {
    if (typeof raw.baseline !== "string") bad("baseline", "must be a path");
    else config.baseline = path.resolve(path.dirname(file), raw.baseline);
  }
  if (raw.maxFileSize !== void 0) {
    if (typeof raw.maxFileSize !== "number" || raw.maxFileSize <= 0) bad("maxFileSize", "must be a positive number of bytes");
    else config.maxFileSize = raw.maxFileSize;
  }
  if (raw.failOnSkipped !== void 0) {
    if (typeof raw.failOnSkipped !== "boolean") bad("failOnSkipped", "must be true or false");
    else config.failOnSkipped = raw.failOnSkipped;
  }
  if (raw.backups !== void 0) {
    const b = raw.backups;
    if (!b || typeof b !== "object" || Array.isArray(b)) bad("backups", "must be a mapping");
    else {
      for (const k of Object.keys(b)) if (k !== "keep") bad(`backups.${k}`, "unknown field (known: keep)");
      if (b.keep !== void 0) {
        if (typeof b.keep !== "number" || !Number.isInteger(b.keep) || b.keep < 1) bad("backups.keep", "must be a whole number of 1 or more");
        else config.backups = { keep: b.keep };
      }
    }
  }
  config.seal = section(raw.seal, "seal", SEAL_KEYS, bad);
  config.external = section(raw.external, "external", EXTERNAL_KEYS, bad);
  const ext = config.external;
  if (ext?.storeKind !== void 0 && !["ClusterSecretStore", "SecretStore"].includes(ext.storeKind)) bad("external.storeKind", "must be ClusterSecretStore or SecretStore");
  if (ext?.provider !== void 0 && !["vault", "aws", "gcp", "azure"].includes(ext.provider)) bad("external.provider", "must be vault, aws, gcp or azure");
  if (ext?.refreshInterval !== void 0 && !/^(?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h))+$/.test(ext.refreshInterval)) bad("external.refreshInterval", "must be a duration such as 1h or 30m (Go's time.ParseDuration)");
  if (ext?.keyTemplate !== void 0 && !ext.keyTemplate.includes("{name}")) bad("external.keyTemplate", "must contain {name}");
  const sealScope = config.seal?.scope;
  if (sealScope !== void 0 && !["strict", "namespace-wide", "cluster-wide"].includes(sealScope)) bad("seal.scope", "must be strict, namespace-wide or cluster-wide");
  if (problems.length) throw new ConfigError(problems);
  return config;
}
function section(v, name, keys, bad) {
  if (v === void 0) return void 0;
  if (!v || typeof v !== "object" || Array.isArray(v)) {
    bad(name, "must be a mapping");
    return void 0;
  }
  const out = {};
  for (const [k, x] of Object.entries(v)) {
    if (!keys.has(k)) bad(`${name}.${k}`, `unknown field (known: ${[...keys].join(", ")})`);
    else if (typeof x !== "string") bad(`${name}.${k}`, "must be a string");
    else out[k] = x;
  }
  return out;
}
function effectiveRules(config) {
  const rules = [...loadBuiltinRules(), ...config.customRules];
  const ids = new Set(rules.map((r) => r.id));
  const problems = [];
  for (const id of Object.keys(config.rules)) if (!ids.has(id)) problems.push(`${config.file ?? CONFIG_FILE}: rules.${id}: no such rule (see 'sealgate rules')`);
  if (problems.length) throw new ConfigError(problems);
  return rules.filter((r) => config.rules[r.id] !== "off").map((r) => config.rules[r.id] ? { ...r, severity: config.rules[r.id] } : r);
}

export {
  loadConfig,
  effectiveRules
};
