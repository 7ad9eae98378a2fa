import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  countBySeverity
} from "./chunk-HVWS2PAD.js";
import {
  fixCommand
} from "./chunk-F5PGSTEZ.js";
import {
  logLine
} from "./chunk-SYI4JVGK.js";
import {
  rotationLink
} from "./chunk-6GN5VCVB.js";
import "./chunk-U7QNFYXR.js";
import "./chunk-3KSM5TLY.js";

// src/report/color.ts
function sgr(open, close, on) {
  return on ? (s) => `\x1B[${open}m${s}\x1B[${close}m` : (s) => s;
}
function paint(enabled) {
  return {
    enabled,
    red: sgr(31, 39, enabled),
    yellow: sgr(33, 39, enabled),
    green: sgr(32, 39, enabled),
    cyan: sgr(36, 39, enabled),
    bold: sgr(1, 22, enabled),
    dim: sgr(2, 22, enabled)
  };
}
var NO_PAINT = paint(false);

// src/report/text.ts
function size(bytes) {
  return bytes < 1024 ? `${bytes} B` : bytes < 1 << 20 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / (1 << 20)).toFixed(1)} MB`;
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function hiddenNote(hidden) {
  if (!hidden) return "";
  const parts = [];
  if (hidden.baseline) parts.push(`${hidden.baseline} hidden by the baseline`);
  if (hidden.allowComments) parts.push(`${hidden.allowComments} ${hidden.baseline ? "by" : "hidden by"} sealgate:allow comments`);
  return parts.join(", ");
}
function fixCommandsForRun(findings, t = {}) {
  const files = { seal: /* @__PURE__ */ new Set(), external: /* @__PURE__ */ new Set() };
  for (const f of findings) for (const k of f.fix ?? []) files[k]?.add(f.file);
  return ["seal", "external"].filter((k) => files[k].size > 0).map((k) => fixCommand(k, [...files[k]], t));
}
function formatText(result, opts = {}) {
  const c$ = opts.paint ?? NO_PAINT;
  const safe = logLine;
  const lines = [];
  const byFile = /* @__PURE__ */ new Map();
  for (const f of result.findings) {
    const key = f.commit ? `${f.file} @ ${f.commit.sha.slice(0, 12)} (${f.commit.author}, ${f.commit.date.slice(0, 10)})` : f.file;
    const group = byFile.get(key);
    if (group) group.push(f);
    else byFile.set(key, [f]);
  }
  for (const [file, findings] of byFile) {
    lines.push(c$.bold(safe(file)));
    for (const f of findings) {
      const sev = f.severity.padEnd(7);
      const sevText = f.severity === "error" ? c$.red(sev) : f.severity === "warning" ? c$.yellow(sev) : c$.cyan(sev);
      lines.push(`  ${c$.dim(`${f.line}:${f.column}`)}  ${sevText}  ${safe(f.message)}  ${c$.dim(safe(f.ruleId))}`);
      const about = [f.credential, f.decoded && `inside a ${f.decoded} value`].filter(Boolean).join(", ");
      if (f.secret) lines.push(`      secret: ${safe(f.secret)}${about ? ` (${safe(about)})` : ""}`);
      const rotate = rotationLink(f.credential);
      if (rotate) lines.push(`      rotate: ${safe(rotate)}`);
    }
    lines.push("");
  }
  if (opts.quiet) return lines.length ? lines.join("\n") + "\n" : "";
  const s = result.summary;
  const c = countBySeverity(result.findings);
  const hidden = hiddenNote(s.hidden);
  const scanned = `${plural(s.files, "file")}, ${size(s.bytes)}${s.commits !== void 0 ? `, ${plural(s.commits, "commit")} (${safe(s.range ?? "")})` : ""} scanned in ${s.durationMs} ms${hidden ? `; ${hidden}` : ""}`;
  if (s.skipped.length) {
    lines.push(`Skipped ${plural(s.skipped.length, "file")}:`);
    for (const k of s.skipped.slice(0, 20)) lines.push(`  ${safe(k.file)}: ${safe(k.reason)}`);
    if (s.skipped.length > 20) lines.push(`  \u2026 and ${s.skipped.length - 20} more (see --format json)`);
    lines.push("");
  }
  if (result.findings.length === 0) {
    lines.push(`${c$.green("\u2714")} no secrets found (${scanned})`);
    return lines.join("\n") + "\n";
  }
  const counts = `${plural(c.errors, "blocking finding")}, ${plural(c.warnings, "warning")}${c.notes ? `, ${plural(c.notes, "note")}` : ""}`;
  lines.push(`${c$.red("\u2716")} ${c.errors ? c$.red(counts) : counts} (${scanned})`);
  const commands = fixCommandsForRun(result.findings, opts.fixDefaults);
  if (commands.length) {
    lines.push("");
    lines.push("Fix the plaintext Secrets (preview first with --dry-run):");
    for (const cmd of commands) lines.push(`  ${c$.bold(safe(cmd))}`);
  }
  lines.push("");
  lines.push("Why it matters: anything committed is readable by everyone who can clone the repository, and stays in");
  lines.push("its history after it is deleted.");
  lines.push("");
  lines.push("What to do:");
  if (commands.length) lines.push(`  - Plaintext Secrets: rewrite them with the fix command${commands.length > 1 ? "s" : ""} above (SealedSecret or ExternalSecret).`);
  lines.push("  - Other credentials: move the value to a Secret or your secret store and reference it.");
  lines.push("  - A value that was ever committed is in Git history: rotate it.");
  lines.push("  - A false positive: add '# sealgate:allow' on the line (or '# sealgate:allow-next-line' above it),");
  lines.push("    or record today's findings with 'sealgate baseline'.");
  return lines.join("\n") + "\n";
}
export {
  fixCommandsForRun,
  formatText,
  hiddenNote
};
