import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-YTBNLI2I.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-EFRCBL4A.js";

// src/cli/show-secrets.ts
init_define_SEALGATE_EMBEDDED_RULES();
var FORCE = "--show-secrets=force";
function takeShowSecretsForce(args) {
  const force = args.includes(FORCE);
  return { args: force ? args.map((a) => a === FORCE ? "--show-secrets" : a) : args, force };
}
function checkShowSecrets(show, force, env, command) {
  const ci = env.CI;
  if (show && !force && ci !== void 0 && ci !== "" && ci !== "false" && ci !== "0") {
    throw new UsageError(`${command}: --show-secrets is refused when CI is set (values would stay in the CI log); use --show-secrets=force if you really mean it`);
  }
  return show;
}

export {
  takeShowSecretsForce,
  checkShowSecrets
};
