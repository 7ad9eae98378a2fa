import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-YTBNLI2I.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-EFRCBL4A.js";

// src/cli/args.ts
init_define_SEALGATE_EMBEDDED_RULES();
import { parseArgs } from "node:util";
function parseOptions(args, options, command) {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values, positionals };
  } catch (e) {
    const msg = e.message.replace(/\s*To specify a positional argument.*$/s, "");
    throw new UsageError(`${command}: ${msg}. Run 'sealgate ${command} --help'.`);
  }
}
function str(p, name) {
  const v = p.values[name];
  return typeof v === "string" ? v : void 0;
}
function bool(p, name) {
  return p.values[name] === true;
}
function oneOf(value, allowed, option) {
  if (value === void 0) return void 0;
  if (!allowed.includes(value)) {
    throw new UsageError(`--${option} must be one of ${allowed.join(", ")} (got '${value}')`);
  }
  return value;
}
function nonNegativeInt(value, option) {
  if (value === void 0) return void 0;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${option} takes a whole number (got '${value}')`);
  return Number(value);
}

export {
  parseOptions,
  str,
  bool,
  oneOf,
  nonNegativeInt
};
