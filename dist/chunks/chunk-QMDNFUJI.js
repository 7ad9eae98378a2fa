import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-EA35BGWX.js";

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

export {
  quote,
  fixCommands
};
