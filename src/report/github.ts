// GitHub workflow commands (`::error file=…,line=…::message`), escaped as the runner expects.
import type { ScanResult } from '../types.js';

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProp = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(result: ScanResult): string {
  return result.findings
    .map((f) => {
      const level = f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice';
      const props = [
        `file=${escapeProp(f.file)}`,
        `line=${f.line}`,
        `endLine=${f.endLine}`,
        `col=${f.column}`,
        `endColumn=${f.endColumn}`,
        `title=${escapeProp(f.ruleId)}`,
      ].join(',');
      return `::${level} ${props}::${escapeData(`${f.message} (secret: ${f.secret})`)}\n`;
    })
    .join('');
}
