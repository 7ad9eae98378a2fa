import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-WX45H7BJ.js";

// src/report/fix-hint.ts
init_define_SEALGATE_EMBEDDED_RULES();
function quote(word) {
  return /^[A-Za-z0-9_./:@%+=,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
function fixCommands(f, defaults = {}) {
  const out = [];
  if (f.fix?.includes("seal")) out.push(`sealgate fix ${quote(f.file)} --seal --cert ${defaults.cert ? quote(defaults.cert) : "<controller-cert.pem>"}`);
  if (f.fix?.includes("external")) out.push(`sealgate fix ${quote(f.file)} --external --store ${defaults.store ? quote(defaults.store) : "<secret-store>"}`);
  return out;
}
function fixCommandsForRun(findings, defaults = {}) {
  const files = { seal: /* @__PURE__ */ new Set(), external: /* @__PURE__ */ new Set() };
  for (const f of findings) {
    if (f.fix?.includes("seal")) files.seal.add(f.file);
    if (f.fix?.includes("external")) files.external.add(f.file);
  }
  const out = [];
  const list = (s) => [...s].map(quote).join(" ");
  if (files.seal.size) out.push(`sealgate fix ${list(files.seal)} --seal --cert ${defaults.cert ? quote(defaults.cert) : "<controller-cert.pem>"}`);
  if (files.external.size) out.push(`sealgate fix ${list(files.external)} --external --store ${defaults.store ? quote(defaults.store) : "<secret-store>"}`);
  return out;
}

export {
  quote,
  fixCommands,
  fixCommandsForRun
};
