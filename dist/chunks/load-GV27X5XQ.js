import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  builtinRulesDir,
  compileRule,
  loadBuiltinRules,
  loadRulesDir,
  readRuleFile
} from "./chunk-A4RQK7JE.js";
import "./chunk-L4445QIT.js";
import "./chunk-TFG56A5U.js";
import "./chunk-WX45H7BJ.js";
export {
  builtinRulesDir,
  compileRule,
  loadBuiltinRules,
  loadRulesDir,
  readRuleFile
};
