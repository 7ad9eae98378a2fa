import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);

// src/report/command.ts
var PLAIN = /^[A-Za-z0-9_./:@%+=,-]+$/;
var CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
function shellWord(word) {
  if (word !== "" && PLAIN.test(word)) return word;
  if (!CONTROL.test(word)) return `'${word.replace(/'/g, `'\\''`)}'`;
  const body = word.replace(/[\\'\u0000-\u001f\u007f-\u009f]/g, (c) => {
    if (c === "\\" || c === "'") return `\\${c}`;
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "	") return "\\t";
    return `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`;
  });
  return `$'${body}'`;
}
function option(name, value) {
  return value.startsWith("-") ? `--${name}=${shellWord(value)}` : `--${name} ${shellWord(value)}`;
}
function command(program, options, paths) {
  return [...program, ...options, "--", ...paths.map(shellWord)].join(" ");
}
var CERT_PLACEHOLDER = "<controller-cert.pem>";
var STORE_PLACEHOLDER = "<secret-store>";
var FETCH_CERT_COMMAND = "kubeseal --fetch-cert > pub-cert.pem";
function fixCommand(kind, files, t = {}) {
  const value = (name, v, placeholder) => v === void 0 ? `--${name} ${placeholder}` : option(name, v);
  const opts = kind === "seal" ? ["--seal", value("cert", t.cert, CERT_PLACEHOLDER), ...t.scope ? [option("scope", t.scope)] : []] : ["--external", value("store", t.store, STORE_PLACEHOLDER), ...t.storeKind ? [option("store-kind", t.storeKind)] : []];
  return command(["sealgate", "fix"], opts, files);
}
function fixCommands(f, t = {}) {
  return ["seal", "external"].filter((k) => f.fix?.includes(k)).map((k) => fixCommand(k, [f.file], t));
}
function preferredFix(fix, t) {
  if (!fix?.length) return void 0;
  if (fix.includes("seal") && (t.cert || !t.store || !fix.includes("external"))) return "seal";
  return fix.includes("external") ? "external" : void 0;
}

export {
  FETCH_CERT_COMMAND,
  fixCommand,
  fixCommands,
  preferredFix
};
