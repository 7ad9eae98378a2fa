import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  builtinRulesDir,
  compileRule,
  loadBuiltinRules,
  loadRulesDir,
  readRuleFile,
  ruleFiles
} from "./chunk-BUIGTLOB.js";
import "./chunk-Y7T6AIF6.js";
import "./chunk-ZB55MJ7K.js";
import "./chunk-VFXUDUTR.js";
import "./chunk-G5GWPPM7.js";
export {
  builtinRulesDir,
  compileRule,
  loadBuiltinRules,
  loadRulesDir,
  readRuleFile,
  ruleFiles
};
