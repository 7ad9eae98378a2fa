// GitHub workflow commands (`::error file=…,line=…::message`), escaped as the runner expects
// (src/report/escape.ts): nothing from the input can end a command's line or start another.
import type { ScanResult } from '../types.js';
import { workflowCommand } from './escape.js';
import { credentialNote } from './credential.js';

export function formatGithub(result: ScanResult): string {
  return result.findings
    .map((f) => {
      const level = f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice';
      const props = { file: f.file, line: f.line, endLine: f.endLine, col: f.column, endColumn: f.endColumn, title: f.ruleId };
      return `${workflowCommand(level, props, `${f.message}${credentialNote(f)} (secret: ${f.secret})`)}\n`;
    })
    .join('');
}
