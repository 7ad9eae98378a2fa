import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-EFRCBL4A.js";

// src/errors.ts
init_define_SEALGATE_EMBEDDED_RULES();
var SealgateError = class extends Error {
  exitCode = 2;
  constructor(message) {
    super(message);
    this.name = new.target.name;
  }
};
var UsageError = class extends SealgateError {
};
var ConfigError = class extends SealgateError {
  constructor(problems) {
    super(problems.join("\n"));
    this.problems = problems;
  }
  problems;
};
var GitError = class extends SealgateError {
};
var FixError = class extends SealgateError {
};
var REPORT_BUG_HINT = "This is a bug in sealgate; please report it with the command you ran (never the secret) at https://github.com/sealgate/sealgate/issues";
function describeError(e) {
  if (!(e instanceof Error)) return "non-error thrown";
  const first = (e.message.split("\n")[0] ?? "").replace(/(["'`]).*?\1/g, "$1\u2026$1").slice(0, 200);
  const frames = (e.stack ?? "").split("\n").filter((l) => /^\s+at /.test(l)).slice(0, 8);
  return [first, ...frames].join("\n");
}

export {
  SealgateError,
  UsageError,
  ConfigError,
  GitError,
  FixError,
  REPORT_BUG_HINT,
  describeError
};
