import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  builtinRulesDir,
  compileRule,
  loadBuiltinRules,
  loadRulesDir,
  readRuleFile,
  ruleFiles
} from "./chunk-6WQ6UGSZ.js";
import "./chunk-DHKJCUOE.js";
import "./chunk-DZ3BWL2L.js";
import "./chunk-ETYXZN45.js";
export {
  builtinRulesDir,
  compileRule,
  loadBuiltinRules,
  loadRulesDir,
  readRuleFile,
  ruleFiles
};
