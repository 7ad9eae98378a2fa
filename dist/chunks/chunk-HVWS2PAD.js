import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);

// src/exit-code.ts
function countBySeverity(findings) {
  let errors = 0;
  let warnings = 0;
  let notes = 0;
  for (const f of findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
    else notes++;
  }
  return { errors, warnings, notes };
}
function unscannable(skipped) {
  return skipped.filter((s) => s.unscannable);
}
function exitCode(findings, skipped, policy) {
  if (policy.failOnFindings !== false) {
    const c = countBySeverity(findings);
    if (c.errors > 0) return 1;
    if (policy.maxWarnings !== void 0 && c.warnings > policy.maxWarnings) return 1;
  }
  if (policy.failOnUnscannable && unscannable(skipped).length > 0) return 2;
  return 0;
}

export {
  countBySeverity,
  unscannable,
  exitCode
};
