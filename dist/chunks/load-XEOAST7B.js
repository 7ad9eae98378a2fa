import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  buildRule,
  builtinRulesDir,
  compileRule,
  loadBuiltinRules,
  loadRulesDir,
  readRuleFile,
  ruleFiles
} from "./chunk-U7QNFYXR.js";
import "./chunk-3KSM5TLY.js";
export {
  buildRule,
  builtinRulesDir,
  compileRule,
  loadBuiltinRules,
  loadRulesDir,
  readRuleFile,
  ruleFiles
};
