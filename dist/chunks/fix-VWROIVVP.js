import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  applyFixes,
  replaceDocument
} from "./chunk-3PW3G6XY.js";
import {
  SCOPES,
  toJson,
  toYaml
} from "./chunk-TJZIAZZL.js";
import {
  toSecretModel
} from "./chunk-4PNG5TF3.js";
import {
  BackupSession,
  writeAtomic
} from "./chunk-77BNJ7BV.js";
import {
  bool,
  oneOf,
  parseOptions,
  str
} from "./chunk-LPEM2JOY.js";
import "./chunk-ZVNJG5DQ.js";
import {
  mask,
  maskIn
} from "./chunk-MIMWYFE4.js";
import {
  stagedSource
} from "./chunk-BFV7J5SC.js";
import {
  scan
} from "./chunk-PEIIIHEI.js";
import "./chunk-VFYZDEPZ.js";
import {
  loadConfig
} from "./chunk-Z6LMIWVM.js";
import "./chunk-VCXNBE4A.js";
import "./chunk-ZD45ZS5W.js";
import {
  gitComplaint,
  openRepository
} from "./chunk-R7KVV44W.js";
import {
  shellWord
} from "./chunk-B5HXU6T3.js";
import {
  exitCode
} from "./chunk-LMDMWEXZ.js";
import "./chunk-5ZWGGM7B.js";
import {
  get,
  parseManifest
} from "./chunk-A2I6SM73.js";
import "./chunk-YI7WNR7U.js";
import {
  FixError,
  GitError,
  UsageError
} from "./chunk-YTBNLI2I.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-EFRCBL4A.js";

// src/cli/commands/fix.ts
init_define_SEALGATE_EMBEDDED_RULES();
import { existsSync as existsSync2 } from "node:fs";
import path4 from "node:path";

// src/fix/pipeline.ts
init_define_SEALGATE_EMBEDDED_RULES();
import path3 from "node:path";

// src/fix/diff.ts
init_define_SEALGATE_EMBEDDED_RULES();
var CONTEXT = 3;
function lines(text) {
  const out = text.split(/(?<=\n)/);
  if (out.length && out[out.length - 1] === "") out.pop();
  return out;
}
function lcsOps(a, b) {
  if (a.length * b.length > 4e6) return [...a.map((line) => ({ kind: "-", line })), ...b.map((line) => ({ kind: "+", line }))];
  const n = a.length;
  const m = b.length;
  const dp = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i2 = n - 1; i2 >= 0; i2--) for (let j2 = m - 1; j2 >= 0; j2--) dp[i2][j2] = a[i2] === b[j2] ? dp[i2 + 1][j2 + 1] + 1 : Math.max(dp[i2 + 1][j2], dp[i2][j2 + 1]);
  const ops = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      ops.push({ kind: " ", line: a[i] });
      i++;
      j++;
    } else if (dp[i + 1][j] >= dp[i][j + 1]) ops.push({ kind: "-", line: a[i++] });
    else ops.push({ kind: "+", line: b[j++] });
  }
  while (i < n) ops.push({ kind: "-", line: a[i++] });
  while (j < m) ops.push({ kind: "+", line: b[j++] });
  return ops;
}
function unifiedDiff(file, before, after) {
  if (before === after) return "";
  const a = lines(before);
  const b = lines(after);
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const ops = [
    ...a.slice(0, pre).map((line) => ({ kind: " ", line })),
    ...lcsOps(a.slice(pre, a.length - suf), b.slice(pre, b.length - suf)),
    ...a.slice(a.length - suf).map((line) => ({ kind: " ", line }))
  ];
  const out = [`--- a/${file}
`, `+++ b/${file}
`];
  let k = 0;
  while (k < ops.length) {
    while (k < ops.length && ops[k].kind === " ") k++;
    if (k >= ops.length) break;
    let start = Math.max(0, k - CONTEXT);
    let end = k;
    for (; ; ) {
      while (end < ops.length && ops[end].kind !== " ") end++;
      let gap = end;
      while (gap < ops.length && ops[gap].kind === " ") gap++;
      if (gap < ops.length && gap - end <= 2 * CONTEXT) {
        end = gap;
        continue;
      }
      end = Math.min(ops.length, end + CONTEXT);
      break;
    }
    let aLine = 1;
    let bLine = 1;
    for (let x = 0; x < start; x++) {
      if (ops[x].kind !== "+") aLine++;
      if (ops[x].kind !== "-") bLine++;
    }
    const hunk = ops.slice(start, end);
    const aCount = hunk.filter((o) => o.kind !== "+").length;
    const bCount = hunk.filter((o) => o.kind !== "-").length;
    out.push(`@@ -${aCount ? aLine : aLine - 1},${aCount} +${bCount ? bLine : bLine - 1},${bCount} @@
`);
    for (const o of hunk) out.push(o.kind + (o.line.endsWith("\n") ? o.line : `${o.line}
\\ No newline at end of file
`));
    k = end;
    start = end;
  }
  return out.join("");
}

// src/fix/plan.ts
init_define_SEALGATE_EMBEDDED_RULES();
import { readFileSync as readFileSync2 } from "node:fs";
import path2 from "node:path";

// src/fix/namespace.ts
init_define_SEALGATE_EMBEDDED_RULES();
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
function kustomizationNamespace(root, dir) {
  let d = path.resolve(dir);
  const top = path.resolve(root);
  for (; ; ) {
    for (const name of ["kustomization.yaml", "kustomization.yml", "Kustomization"]) {
      const f = path.join(d, name);
      if (!existsSync(f) || !statSync(f).isFile()) continue;
      const [doc] = parseManifest(readFileSync(f, "utf8"), f);
      const value = doc?.value;
      const ns = value && typeof value === "object" && !Array.isArray(value) ? value.namespace : void 0;
      return typeof ns === "string" && ns ? ns : void 0;
    }
    if (d === top || !d.startsWith(top + path.sep)) return void 0;
    d = path.dirname(d);
  }
}

// src/fix/plan.ts
function isObj(v) {
  return !!v && typeof v === "object" && !Array.isArray(v);
}
function isSecret(v) {
  return isObj(v) && v.kind === "Secret" && (v.apiVersion === void 0 || v.apiVersion === "v1");
}
function lineBreak(text) {
  if (text.includes("\r\n")) return "\r\n";
  return /\r(?!\n)/.test(text) ? "\r" : "\n";
}
function documentOf(docs, f, file) {
  const at = f.document;
  const doc = at ? docs.find((d) => d.index === at.index && d.start === at.start && d.end === at.end) : void 0;
  if (!doc) throw new FixError(`${file}:${f.line}: no YAML document at the finding; fix it by hand`);
  return doc;
}
async function planFile(ctx, file, fixable, all) {
  const abs = path2.join(ctx.root, file);
  let original;
  try {
    original = readFileSync2(abs);
  } catch (e) {
    throw new FixError(`${file}: cannot read it (${e.code ?? "error"})`);
  }
  let text = original.toString("utf8");
  if (!Buffer.from(text, "utf8").equals(original)) throw new FixError(`${file}: not valid UTF-8, so it cannot be rewritten safely; fix it by hand`);
  const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
  text = text.slice(bom.length);
  const json = /\.json$/i.test(file);
  const eol = lineBreak(text);
  const docs = parseManifest(text, file);
  const rewriteCtx = { file, root: ctx.root, namespaceFallback: ctx.namespace ?? kustomizationNamespace(ctx.root, path2.dirname(abs)) };
  const targets = /* @__PURE__ */ new Map();
  for (const f of fixable) {
    const doc = documentOf(docs, f, file);
    targets.set(doc, [...targets.get(doc) ?? [], f]);
  }
  const fixes = [];
  const masks = [];
  let secrets = 0;
  for (const [doc, found] of targets) {
    if (doc.error) throw new FixError(`${file}: document ${doc.index + 1} is not valid YAML (${doc.error}); fix it by hand`);
    const value = doc.value;
    let objects;
    if (isSecret(value)) {
      objects = await rewrite(ctx.rewriter, value, rewriteCtx);
      secrets++;
      secretValueRanges(doc.root, masks);
    } else if (isObj(value) && value.kind === "List" && Array.isArray(value.items)) {
      const names = new Set(found.map((f) => f.resource?.name).filter((n) => !!n));
      const items = [];
      const itemNodes = get(doc.root, "items");
      for (const [i, item] of value.items.entries()) {
        const name = isSecret(item) && isObj(item.metadata) ? item.metadata.name : void 0;
        if (isSecret(item) && (names.size === 0 || typeof name === "string" && names.has(name))) {
          items.push(...await rewrite(ctx.rewriter, item, rewriteCtx));
          secrets++;
          secretValueRanges(itemNodes?.type === "seq" ? itemNodes.items[i] : void 0, masks);
        } else {
          items.push(item);
        }
      }
      objects = [{ ...value, items }];
    } else {
      const k = isObj(value) && typeof value.kind === "string" ? value.kind : "not a Kubernetes object";
      throw new FixError(`${file}:${found[0].line}: the finding is in a document that is not a Secret (${k}); fix it by hand`);
    }
    fixes.push(replaceDocument(text, doc, serialise(objects, json, eol), eol));
  }
  const shown = maskIn(applyFixes(text, masks), all.map((f) => f.secret));
  return { file, abs, original, bom, text, next: applyFixes(text, fixes), secrets, shown };
}
async function rewrite(rewriter, obj, ctx) {
  let model;
  try {
    model = toSecretModel(obj);
  } catch (e) {
    if (e instanceof FixError) throw new FixError(`${ctx.file}: ${e.message}`);
    throw e;
  }
  return rewriter.rewrite(model, ctx);
}
function secretValueRanges(node, out) {
  for (const k of ["data", "stringData"]) {
    const m = get(node, k);
    if (m?.type === "map") {
      for (const p of m.pairs) if (p.value.type === "scalar") out.push({ range: [p.value.start, p.value.end], text: mask(p.value.value) });
    }
  }
  const ann = get(node, "metadata", "annotations");
  if (ann?.type === "map") {
    for (const p of ann.pairs) {
      if (p.key.type === "scalar" && /last-applied-configuration$/.test(p.key.value) && p.value.type === "scalar") {
        out.push({ range: [p.value.start, p.value.end], text: mask(p.value.value) });
      }
    }
  }
}
function serialise(objects, json, eol) {
  if (objects.length === 0) return "";
  let body;
  if (json) body = toJson(objects.length === 1 ? objects[0] : { apiVersion: "v1", kind: "List", items: objects });
  else body = objects.map((x) => toYaml(x)).join("---\n");
  return eol === "\n" ? body : body.replace(/\n/g, eol);
}

// src/fix/staged.ts
init_define_SEALGATE_EMBEDDED_RULES();
async function requireIndexMatchesTree(git, files) {
  const differ = [];
  for (const file of files) {
    const r = await git.run(["diff", "--no-ext-diff", "--quiet", "--", file]);
    if (r.code === 1) differ.push(file);
    else if (r.code !== 0) throw new GitError(`git diff failed for ${file}: ${gitComplaint(r.stderr)}`);
  }
  if (differ.length) {
    throw new FixError(
      `${differ.join(", ")}: the staged version differs from the working tree, so fixing and re-staging would commit unstaged edits; stage or discard those edits first ('git add ${differ[0]}' or 'git restore ${differ[0]}'), then run the fix again`
    );
  }
}
async function restage(git, file) {
  const r = await git.run(["add", "--", file]);
  if (r.code !== 0) throw new GitError(`git add ${file} failed: ${gitComplaint(r.stderr)}; the file is fixed but not staged`);
}
async function committedFiles(git, files) {
  const out = [];
  for (const file of files) {
    const r = await git.run(["log", "-1", "--format=%H", "--", file]);
    if (r.code === 0 && r.stdout.length > 0) out.push(file);
  }
  return out;
}

// src/fix/verify.ts
init_define_SEALGATE_EMBEDDED_RULES();
function memorySource(plans) {
  return {
    info: {},
    async *items() {
      for (const p of plans) yield { path: p.file, bytes: Buffer.from(p.bom + p.next, "utf8"), origin: "tree" };
    }
  };
}
async function checkPlanned(base, plans, kind) {
  const after = await scan({ ...base, source: memorySource(plans) });
  const still = after.findings.find((f) => f.fix?.includes(kind));
  if (still) throw new FixError(`${still.file}:${still.line}: the rewritten file would still hold a plaintext Secret (${still.ruleId}); nothing was written`);
  return after.findings;
}
async function checkWritten(base, plans, kind) {
  const check = await scan({ ...base, paths: plans.map((p) => p.abs) });
  const broken = check.findings.find((f) => f.fix?.includes(kind));
  if (broken) throw new FixError(`${broken.file}:${broken.line}: still holds a plaintext Secret after the fix (${broken.ruleId}); the original is in the backup`);
  return check.findings;
}
function reportRemaining(err, remaining, dryRun) {
  if (remaining.length === 0) return 0;
  err(`sealgate fix: ${dryRun ? "after the fix, " : ""}${remaining.length} finding(s) remain that this fix does not repair; see 'sealgate scan':
`);
  for (const f of remaining) err(`  ${f.file}:${f.line} ${f.ruleId} ${mask(f.secret)}
`);
  return dryRun ? 0 : exitCode(remaining, [], { failOnUnscannable: false });
}

// src/fix/pipeline.ts
var WHAT = { seal: "sealed into SealedSecrets", external: "rewritten into ExternalSecrets" };
async function runFix(o) {
  const kind = o.rewriter.kind;
  const base = { cwd: o.cwd, root: o.git ? o.root : void 0, configPath: o.configPath, env: o.env };
  const found = await findFixable(o, base);
  if (!found) return 0;
  const { byFile, all } = found;
  const files = [...byFile.keys()].sort();
  if (o.staged) await requireIndexMatchesTree(o.git, files);
  const plans = [];
  const ctx = { root: o.root, rewriter: o.rewriter, namespace: o.namespace };
  for (const file of files) plans.push(await planFile(ctx, file, byFile.get(file), all.filter((f) => f.file === file)));
  const remaining = await checkPlanned(base, plans, kind);
  const notes = await o.rewriter.finish?.() ?? [];
  if (o.rewriter.keepsSources) {
    for (const n of notes) o.err(`${n}
`);
    if (!o.dryRun) await remindCopies(o);
    for (const p of plans) {
      const gone = p.next.trim() === "" || /^(?:\s*---\s*)*$/.test(p.next);
      o.err(
        `${p.file}: left as it is; remove its Secret${p.secrets === 1 ? "" : "s"} before committing (the values are in the merge target)${gone ? `: git rm -- ${shellWord(p.file)}` : ""}
`
      );
    }
    return 0;
  }
  if (o.dryRun) {
    const secretsSeen = all.map((f) => f.secret);
    for (const p of plans) o.out(unifiedDiff(p.file, p.shown, maskIn(p.next, secretsSeen)));
    for (const n of notes) o.err(`${n}
`);
    o.err(`sealgate fix: dry run: ${count(plans)} in ${plans.length} file(s) would be ${WHAT[kind]}; nothing was written
`);
    return reportRemaining(o.err, remaining, true);
  }
  if (o.stdout) {
    if (remaining.length) {
      const f = remaining[0];
      throw new FixError(`${f.file}:${f.line}: the result still holds a secret this fix cannot repair (${f.ruleId}); --stdout would print it`);
    }
    for (const p of plans) {
      if (plans.length > 1) o.out(`# sealgate: ${p.file}
`);
      o.out(p.bom + p.next);
    }
    for (const n of notes) o.err(`${n}
`);
    return 0;
  }
  for (const p of plans) {
    const backup = await o.backups.save(p.file, p.original);
    writeAtomic(p.abs, p.bom + p.next, { expect: p.original });
    if (o.staged) await restage(o.git, p.file);
    o.err(`${p.file}: ${count([p])} ${WHAT[kind]}${o.staged ? " and re-staged" : ""} (backup ${path3.relative(o.cwd, backup) || backup})
`);
  }
  for (const n of notes) o.err(`${n}
`);
  const left = await checkWritten(base, plans, kind);
  await remindRotation(o, plans);
  await remindCopies(o);
  return reportRemaining(o.err, left, false);
}
async function findFixable(o, base) {
  const kind = o.rewriter.kind;
  let result;
  if (o.staged) {
    if (!o.git) throw new GitError("--staged needs a git repository");
    const git = o.git;
    const specs = o.paths.map((p) => path3.relative(git.root, path3.resolve(o.cwd, p)).split(path3.sep).join("/") || ".");
    result = await scan({ ...base, source: stagedSource(git, { paths: specs }), wholeFiles: true });
    if (result.summary.files === 0 && result.summary.skipped.length === 0) {
      o.err("sealgate fix: nothing staged to fix\n");
      return void 0;
    }
  } else {
    result = await scan({ ...base, paths: o.paths });
  }
  for (const s of result.summary.skipped) if (s.unscannable) o.err(`sealgate fix: skipped ${s.file}: ${s.reason}
`);
  const byFile = /* @__PURE__ */ new Map();
  for (const f of result.findings) {
    if (!f.fix?.includes(kind)) continue;
    byFile.set(f.file, [...byFile.get(f.file) ?? [], f]);
  }
  if (byFile.size === 0) {
    o.err(`sealgate fix: no plaintext Secret to fix${o.staged ? " in the index" : ""} (${result.summary.files} files scanned)
`);
    return void 0;
  }
  return { byFile, all: result.findings };
}
function count(plans) {
  const n = plans.reduce((a, p) => a + p.secrets, 0);
  return `${n} Secret${n === 1 ? "" : "s"}`;
}
async function remindCopies(o) {
  if (!o.git) return;
  const { sealgateDir, pruneBackups, copiesReminder } = await import("./plaintext-copies-SSPLFHIG.js");
  const dir = await sealgateDir(o.git);
  if (!dir) return;
  if (o.keepBackups !== void 0) pruneBackups(dir, o.keepBackups);
  const line = copiesReminder(dir, o.cwd);
  if (line) o.err(`${line}
`);
}
async function remindRotation(o, plans) {
  const committed = o.git ? await committedFiles(o.git, plans.map((p) => p.file)) : [];
  if (committed.length) {
    o.err(`Rotate these values: the plaintext is still in Git history (${committed.join(", ")}), and a fix does not remove it from there or from any clone.
`);
  } else {
    o.err("If these values were ever committed, pushed or shared, rotate them: a fix does not remove them from Git history.\n");
  }
}

// src/cli/commands/fix.ts
var FIX_HELP = `Usage: sealgate fix [PATH...] --seal --cert CERT [options]
       sealgate fix [PATH...] --external --store NAME [options]

Rewrite every plaintext Kubernetes Secret that 'sealgate scan' reports in PATH (default: .) so the
values never reach Git. Only the Secret's own document changes; other documents, comments, key order,
line endings and the file mode stay as they are. The original file is backed up first under
.git/sealgate/backups/<time>/<path> (mode 0600; the newest 5 per file are kept, backups.keep in
.sealgate.yaml), and each file is replaced atomically. 'sealgate clean' lists and removes them.

--seal: Bitnami SealedSecret, sealed offline for your controller's public certificate
  --cert CERT              the controller's certificate: a path, file:// or http(s):// URL
                           (default: seal.cert in .sealgate.yaml, else $SEALED_SECRETS_CERT, else
                           fetched from the controller of the current kube context, like kubeseal:
                           --controller-name, --controller-namespace, --kubeconfig, --context;
                           see 'sealgate seal --help'). Save it with: sealgate seal --fetch-cert > pub-cert.pem
  --scope SCOPE            strict (default: the values only open for this name and namespace),
                           namespace-wide (any name in the namespace) or cluster-wide (anywhere).
                           Without it, a Secret's own sealedsecrets.bitnami.com/* annotations decide.
  --namespace NS           for Secrets without metadata.namespace (default: namespace: of the nearest
                           kustomization.yaml); strict and namespace-wide sealing need one
  --merge-into FILE        add the values to the SealedSecret in FILE (sealed for its name, namespace
                           and scope) and remove the Secret's document, like kubeseal --merge-into

--external: External Secrets Operator ExternalSecret; the values go to a values file to upload
  --store NAME             the (Cluster)SecretStore to read from (default: external.store)
  --store-kind KIND        ClusterSecretStore (default) or SecretStore
  --provider NAME          vault (default), aws, gcp or azure: shapes remote keys and the values file
  --key-template TEMPLATE  remote key, e.g. 'secret/{namespace}/{name}'
  --refresh-interval DUR   how often ESO re-reads the store (default 1h)
  --values-out FILE        where the plaintext values go for upload (kept out of Git; see the output)
  --push-secret            also emit a PushSecret that seeds the store from a Secret

Shared:
  --dry-run                print the diff (values masked) and write nothing
  --stdout                 print the fixed file(s) instead of writing them
  --staged                 fix the staged files and re-stage them; refused for a file whose staged
                           and working-tree versions differ (unstaged edits never sneak into a commit)
  --backup-dir DIR         where backups go (required outside a git repository)
  --config FILE            config file (default: .sealgate.yaml at the repository root)
  -h, --help               show this help

After writing, the files are scanned again and the fix fails (exit 2) if a plaintext Secret remains.
The old values stay in Git history wherever they were committed: rotate them.

Exit codes: 0 fixed (or nothing to fix), 1 other blocking findings remain in the fixed files,
2 usage, certificate, configuration, git or fix error (nothing is left half-written).

Examples:
  kubeseal --fetch-cert > pub-cert.pem
  sealgate fix k8s/ --seal --cert pub-cert.pem --dry-run
  sealgate fix k8s/db-secret.yaml --seal --cert http://127.0.0.1:8080/v1/cert.pem --namespace shop
  sealgate fix --staged --seal                     (cert from .sealgate.yaml seal.cert)
  sealgate fix k8s/ --external --store vault-backend --key-template 'apps/{namespace}/{name}'
`;
var OPTIONS = {
  seal: { type: "boolean" },
  external: { type: "boolean" },
  cert: { type: "string" },
  scope: { type: "string" },
  namespace: { type: "string", short: "n" },
  "merge-into": { type: "string" },
  "controller-name": { type: "string" },
  "controller-namespace": { type: "string" },
  kubeconfig: { type: "string" },
  context: { type: "string" },
  store: { type: "string" },
  "store-kind": { type: "string" },
  provider: { type: "string" },
  "key-template": { type: "string" },
  "refresh-interval": { type: "string" },
  "values-out": { type: "string" },
  "push-secret": { type: "boolean" },
  "dry-run": { type: "boolean" },
  stdout: { type: "boolean" },
  staged: { type: "boolean" },
  "backup-dir": { type: "string" },
  config: { type: "string" },
  help: { type: "boolean", short: "h" }
};
var SEAL_ONLY = ["cert", "scope", "merge-into", "controller-name", "controller-namespace", "kubeconfig", "context"];
var EXTERNAL_ONLY = ["store", "store-kind", "provider", "key-template", "refresh-interval", "values-out", "push-secret"];
var DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
async function fixCommand(args, ctx) {
  const p = parseOptions(args, OPTIONS, "fix");
  if (bool(p, "help")) {
    ctx.out(FIX_HELP);
    return 0;
  }
  const seal = bool(p, "seal");
  const external = bool(p, "external");
  if (seal === external) throw new UsageError("fix: choose one of --seal or --external. Run 'sealgate fix --help'.");
  const wrong = (seal ? EXTERNAL_ONLY : SEAL_ONLY).find((o) => p.values[o] !== void 0);
  if (wrong) throw new UsageError(`fix: --${wrong} only goes with ${seal ? "--external" : "--seal"}`);
  const dryRun = bool(p, "dry-run");
  const stdout = bool(p, "stdout");
  const staged = bool(p, "staged");
  if (dryRun && stdout) throw new UsageError("fix: --dry-run and --stdout cannot be combined");
  if (staged && stdout) throw new UsageError("fix: --staged writes and re-stages the files; it cannot be combined with --stdout");
  if (p.positionals.length === 0 && !staged && !dryRun && !stdout && !ctx.tty.stdin) {
    throw new UsageError(
      `fix: no PATH given and stdin is not a terminal: fix never rewrites files it was not given from a pipe.
  To seal Secrets from stdin like kubeseal:  sealgate seal < secret.yaml > sealed-secret.yaml
  To fix files in place, name them:          sealgate fix . ${seal ? "--seal" : "--external"} ...`
    );
  }
  const namespace = str(p, "namespace");
  if (namespace !== void 0 && !DNS_LABEL.test(namespace)) throw new UsageError(`fix: --namespace '${namespace}' is not a valid namespace name`);
  for (const file of p.positionals) {
    if (!existsSync2(path4.resolve(ctx.cwd, file))) throw new UsageError(`fix: ${file}: no such file or folder`);
  }
  const repo = await openRepository(ctx.cwd, ctx.env);
  const root = repo?.root ?? path4.resolve(ctx.cwd);
  const configPath = str(p, "config");
  const config = await loadConfig(root, configPath, ctx.cwd);
  const backups = new BackupSession(root, str(p, "backup-dir") ? path4.resolve(ctx.cwd, str(p, "backup-dir")) : void 0, ctx.env);
  if (!dryRun && !stdout) await backups.folder();
  let rewriter;
  if (seal) {
    if (stdout && p.values["merge-into"] !== void 0) throw new UsageError("fix: --merge-into writes the target file; it cannot be combined with --stdout");
    const { sealRewriterFromOptions } = await import("./rewriter-7ILENHZ6.js");
    rewriter = await sealRewriterFromOptions({
      cert: str(p, "cert"),
      scope: oneOf(str(p, "scope") ?? config.seal?.scope, SCOPES, "scope"),
      mergeInto: str(p, "merge-into"),
      config,
      env: ctx.env,
      cwd: ctx.cwd,
      root,
      dryRun,
      backups,
      say: (line) => ctx.err(`${line}
`),
      cluster: {
        controllerName: str(p, "controller-name"),
        controllerNamespace: str(p, "controller-namespace"),
        kubeconfig: str(p, "kubeconfig"),
        context: str(p, "context")
      }
    });
  } else {
    const ext = config.external ?? {};
    const { createExternalRewriter } = await import("./rewriter-BYOJ2DK4.js");
    const valuesOut = str(p, "values-out") ?? ext.valuesOut;
    rewriter = createExternalRewriter({
      store: str(p, "store") ?? ext.store ?? "",
      storeKind: str(p, "store-kind") ?? ext.storeKind,
      provider: str(p, "provider") ?? ext.provider,
      keyTemplate: str(p, "key-template") ?? ext.keyTemplate,
      refreshInterval: str(p, "refresh-interval") ?? ext.refreshInterval,
      valuesOut: valuesOut !== void 0 ? path4.resolve(str(p, "values-out") !== void 0 ? ctx.cwd : root, valuesOut) : void 0,
      pushSecret: bool(p, "push-secret"),
      prefix: ext.prefix,
      root,
      env: ctx.env,
      // --stdout writes nothing either: the values are not stored until the fix is run for real.
      dryRun: dryRun || stdout
    });
  }
  return runFix({
    cwd: ctx.cwd,
    root,
    git: repo,
    env: ctx.env,
    paths: p.positionals,
    rewriter,
    backups,
    configPath,
    namespace,
    dryRun,
    stdout,
    staged,
    // A --backup-dir is the user's own folder: sealgate prunes only its .git/sealgate/backups.
    keepBackups: str(p, "backup-dir") === void 0 ? config.backups.keep : void 0,
    out: ctx.out,
    err: ctx.err
  });
}
export {
  FIX_HELP,
  fixCommand as default
};
