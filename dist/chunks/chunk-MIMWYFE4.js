import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-EFRCBL4A.js";

// src/report/mask.ts
init_define_SEALGATE_EMBEDDED_RULES();
var PREFIXES = [
  /^-----BEGIN [A-Z ]*PRIVATE KEY-----/,
  /^github_pat_/,
  /^gh[pousr]_/,
  /^glpat-/,
  /^xox[abposr]-/,
  /^sk_(?:live|test)_/,
  /^rk_(?:live|test)_/,
  /^hv[sbr]\./,
  /^(?:AKIA|ASIA|AIza)/,
  /^eyJ/,
  /^npm_/,
  /^pypi-/
];
function mask(secret) {
  const s = secret.trim();
  if (s === "") return "";
  const prefix = PREFIXES.map((p) => p.exec(s)?.[0]).find(Boolean);
  if (prefix && prefix.length < s.length) return `${prefix}********`;
  const shown = Math.min(4, Math.floor(s.length / 4));
  return `${s.slice(0, shown).replace(/[\r\n]/g, "")}********`;
}
function redact(findings, showSecrets) {
  if (showSecrets) return findings;
  return findings.map((f) => ({ ...f, secret: mask(f.secret) }));
}
function maskIn(text, secrets) {
  let out = text;
  const parts = [...new Set(secrets)].filter((p) => p.trim().length >= 4).sort((a, b) => b.length - a.length);
  for (const p of parts) out = out.split(p).join(mask(p));
  return out;
}

export {
  mask,
  redact,
  maskIn
};
