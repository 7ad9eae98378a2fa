// A recognised credential is named, with the provider's rotation page, in every report: JSON, SARIF
// (result properties and the rule's helpUri), text, GitHub workflow commands, the Action's
// annotations and the audit page. The token is built here (valid checksum) and never printed.
import { describe, it, expect, vi } from 'vitest';
import { Engine } from '../src/engine/engine.js';
import { loadBuiltinRules } from '../src/rules/load.js';
import { formatJson } from '../src/report/json.js';
import { formatSarif } from '../src/report/sarif.js';
import { formatText } from '../src/report/text.js';
import { formatGithub } from '../src/report/github.js';
import { annotate } from '../src/action/annotate.js';
import { findingsTable } from '../src/audit/html-table.js';
import type { AuditEntry } from '../src/report/audit-model.js';
import type { ScanResult } from '../src/types.js';
import { validateSarif } from './helpers/schema.js';
import { generate } from './helpers/token-gen.js';
import { secretYaml } from './helpers/fake-secrets.js';

const rules = loadBuiltinRules();
const engine = new Engine({ rules });
const npmRule = rules.find((r) => r.id === 'npm-access-token')!;

function scan(): { result: ScanResult; token: string } {
  const token = generate('npm');
  const env = engine.scanText('app/.env', `NODE_ENV=production\nNPM_TOKEN=${token}\n`).findings;
  const k8s = engine.scanText('k8s/npm.yaml', secretYaml('npm', 'ci', { token })).findings;
  const findings = [...env, ...k8s].map((f) => ({ ...f, secret: `${f.secret.slice(0, 2)}********` }));
  return { token, result: { findings, summary: { files: 2, bytes: 100, skipped: [], findings: findings.length, durationMs: 1 }, safe: [], warnings: [] } };
}

describe('recognised credentials in reports', () => {
  it('JSON: credential and rotate on the content finding and on the Secret finding that holds it', () => {
    const { result, token } = scan();
    const out = formatJson(result);
    expect(out).not.toContain(token);
    const json = JSON.parse(out) as { findings: { ruleId: string; credential?: string; rotate?: string; decoded?: string }[] };
    expect(json.findings.map((f) => [f.ruleId, f.credential, f.rotate])).toEqual([
      ['npm-access-token', 'npm access token', npmRule.rotate],
      ['k8s-secret-plaintext', 'npm access token', npmRule.rotate],
    ]);
  });

  it('SARIF: result properties name it; the rule points at the rotation page (schema-valid)', () => {
    const { result, token } = scan();
    const out = formatSarif(result, rules);
    expect(out).not.toContain(token);
    const sarif = JSON.parse(out);
    expect(validateSarif(sarif)).toEqual([]);
    const run = sarif.runs[0];
    expect(run.results[0].properties).toMatchObject({ credential: 'npm access token', rotate: npmRule.rotate });
    expect(run.tool.driver.rules.find((r: { id: string }) => r.id === 'npm-access-token').helpUri).toBe(npmRule.rotate);
  });

  it('text and GitHub workflow commands name it and say where to rotate it', () => {
    const { result, token } = scan();
    const text = formatText(result);
    expect(text).toContain(`rotate: ${npmRule.rotate}`);
    expect(text).toMatch(/secret: \S+ \(npm access token, inside a base64 value\)/);
    const gh = formatGithub(result);
    expect(gh).toMatch(/title=k8s-secret-plaintext::Secret ci\/npm [^\n]*\(npm access token; rotate: https:\/\/docs\.npmjs\.com\/revoking-access-tokens\)/);
    for (const s of [text, gh]) expect(s).not.toContain(token);
  });

  it("the Action's annotation names it", () => {
    const { result } = scan();
    const lines: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    try {
      const f = result.findings[1]!;
      annotate([{ finding: f, status: 'live', at: { file: f.file, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn } }], { rotateWhere: 'history', scrub: (s) => s });
    } finally {
      spy.mockRestore();
    }
    expect(lines.join('')).toMatch(/::error [^\n]*title=k8s-secret-plaintext[^\n]*::[^\n]*\(npm access token; rotate: https:\/\/docs\.npmjs\.com\/revoking-access-tokens\)/);
  });

  it('the audit page shows it with a link to rotate it (escaped)', () => {
    const entry: AuditEntry = {
      ruleId: 'npm-access-token', severity: 'error', message: 'npm access token', file: 'app/.env', line: 2, column: 11,
      credential: 'npm access token', secret: 'np********', fingerprint: 'x', status: 'live', occurrences: 1, otherFiles: [],
    };
    const html = findingsTable([entry, { ...entry, credential: '<img src=x onerror=alert(1)>' }]);
    expect(html).toContain(`<div class="cred">npm access token <a class="rotate" href="${npmRule.rotate}" rel="noopener noreferrer" target="_blank">how to rotate it</a></div>`);
    expect(html).toContain('<div class="cred">&lt;img src=x onerror=alert(1)&gt;</div>');
  });
});
