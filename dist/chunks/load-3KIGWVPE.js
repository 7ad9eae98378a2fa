import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  builtinRulesDir,
  compileRule,
  loadBuiltinRules,
  loadRulesDir,
  readRuleFile,
  ruleFiles
} from "./chunk-TBEY6WSK.js";
import "./chunk-GGDXEOPR.js";
import "./chunk-ZWAUEOGO.js";
import "./chunk-536VXJNP.js";
export {
  builtinRulesDir,
  compileRule,
  loadBuiltinRules,
  loadRulesDir,
  readRuleFile,
  ruleFiles
};
