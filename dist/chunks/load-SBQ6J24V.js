import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  builtinRulesDir,
  compileRule,
  loadBuiltinRules,
  loadRulesDir,
  readRuleFile,
  ruleFiles
} from "./chunk-HEFMUAZR.js";
import "./chunk-WYPY45C2.js";
export {
  builtinRulesDir,
  compileRule,
  loadBuiltinRules,
  loadRulesDir,
  readRuleFile,
  ruleFiles
};
