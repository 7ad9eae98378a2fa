import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  builtinRulesDir,
  compileRule,
  loadBuiltinRules,
  loadRulesDir,
  readRuleFile
} from "./chunk-RD5BC4IF.js";
import "./chunk-O7K3RHWY.js";
import "./chunk-SVCVUEAJ.js";
import "./chunk-AA47UEKT.js";
export {
  builtinRulesDir,
  compileRule,
  loadBuiltinRules,
  loadRulesDir,
  readRuleFile
};
