import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  builtinRulesDir,
  compileRule,
  loadBuiltinRules,
  loadRulesDir,
  readRuleFile
} from "./chunk-QM6KENSX.js";
import "./chunk-LORHZAEG.js";
import "./chunk-RK3PLVD2.js";
import "./chunk-XCRX7MVC.js";
import "./chunk-3GFIKQQT.js";
export {
  builtinRulesDir,
  compileRule,
  loadBuiltinRules,
  loadRulesDir,
  readRuleFile
};
