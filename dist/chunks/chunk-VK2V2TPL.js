import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-EFRCBL4A.js";

// src/report/color.ts
init_define_SEALGATE_EMBEDDED_RULES();
function useColor(opts) {
  if (opts.noColorFlag) return false;
  if (opts.env.NO_COLOR) return false;
  const force = opts.env.FORCE_COLOR;
  if (force !== void 0 && force !== "" && force !== "0" && force !== "false") return true;
  if (opts.env.TERM === "dumb") return false;
  return opts.isTTY;
}
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

export {
  useColor,
  paint,
  NO_PAINT
};
