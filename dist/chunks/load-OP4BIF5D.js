import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  builtinRulesDir,
  compileRule,
  loadBuiltinRules,
  loadRulesDir,
  readRuleFile,
  ruleFiles
} from "./chunk-5ZWGGM7B.js";
import "./chunk-A2I6SM73.js";
import "./chunk-YI7WNR7U.js";
import "./chunk-YTBNLI2I.js";
import "./chunk-EFRCBL4A.js";
export {
  builtinRulesDir,
  compileRule,
  loadBuiltinRules,
  loadRulesDir,
  readRuleFile,
  ruleFiles
};
