import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  closest
} from "./chunk-ZVNJG5DQ.js";
import {
  UsageError
} from "./chunk-YTBNLI2I.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-EFRCBL4A.js";

// src/cli/args.ts
init_define_SEALGATE_EMBEDDED_RULES();
import { parseArgs } from "node:util";
var COMMON_OPTIONS = {
  quiet: { type: "boolean", short: "q" },
  "no-color": { type: "boolean" }
};
function parseOptions(args, options, command) {
  const all = { ...COMMON_OPTIONS, ...options };
  try {
    const { values, positionals } = parseArgs({ args, options: all, allowPositionals: true, strict: true });
    return { values, positionals };
  } catch (e) {
    const err = e;
    const msg = err.message.replace(/\s*To specify a positional argument.*$/s, "").replace(/\.$/, "");
    let hint = "";
    const unknown = err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" ? /'(--?[^'=]+)/.exec(err.message)?.[1] : void 0;
    if (unknown?.startsWith("--")) {
      const near = closest(unknown.slice(2), Object.keys(all));
      if (near) hint = ` Did you mean --${near}?`;
    }
    throw new UsageError(`${command}: ${msg}.${hint} Run 'sealgate ${command} --help'.`);
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
