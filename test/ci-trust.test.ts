// A pull request cannot configure its own check (issue 14, problem 3): the bundled Action, run as the
// runner runs it on a real merge checkout, reads configuration, baseline and custom rules from the base
// commit. And a pattern that backtracks catastrophically cannot hang a scan: custom patterns run on a
// linear-time engine.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { Origin, REPO_ROOT, checkoutRef, fakePassword, pullRequestPayload, pushMergeRef, runAction, secretManifest, tempDir } from './helpers/action-env.js';
import { baselineJson } from '../src/engine/baseline.js';
import { fingerprint } from '../src/engine/fingerprint.js';

const BIN = path.join(REPO_ROOT, 'dist', 'bin.js');

/** main with `baseFiles`; a feature branch adding a plaintext Secret and `prFiles`; the run's result. */
async function pullRequest(baseFiles: Record<string, string>, prFiles: Record<string, string>, inputs: Record<string, string> = {}) {
  const o = new Origin();
  const base = o.commit({ 'README.md': 'infra\n', ...baseFiles }, 'base');
  o.checkout('feature', true);
  const password = fakePassword();
  const head = o.commit({ 'k8s/db.yaml': secretManifest('db', 'prod', 'password', password), ...prFiles }, 'proposal');
  o.push('main', 'feature');
  pushMergeRef(o, base, head);
  const ws = checkoutRef(o, 'refs/pull/7/merge');
  const r = await runAction({ workspace: ws, eventName: 'pull_request', payload: pullRequestPayload({ base, head }), inputs });
  return { r, password, ws };
}

describe('pull requests are checked with the base commit configuration', () => {
  test('a .sealgate.yaml switching the rule off, or allowlisting every path, does not pass its own Secret', async () => {
    for (const config of ['rules:\n  k8s-secret-plaintext: off\n', 'allowlist:\n  paths: ["**"]\n']) {
      const { r } = await pullRequest({}, { '.sealgate.yaml': config });
      expect(r.code, r.stdout).toBe(1);
      expect(r.outputs.findings).toBe('1');
      expect(r.printed).toMatch(/sealgate: configuration: none at the base commit \w+ \(built-in defaults\)/);
      expect(r.summary).toContain('Configuration: none at the base commit');
      expect(r.summary).toMatch(/This pull request changes <code>\.sealgate\.yaml<\/code>: the change takes effect once it is merged/);
    }
  });

  test("the suggested certificate comes from the base's config, not from the pull request", async () => {
    const { r } = await pullRequest(
      { '.sealgate.yaml': 'seal:\n  cert: https://certs.example/pub.pem\n' },
      { '.sealgate.yaml': 'seal:\n  cert: https://attacker.example/c.pem\n' },
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Fix: sealgate fix --seal --cert https%3A//certs.example/pub.pem -- k8s/db.yaml'.replace('%3A', ':'));
    expect(r.stdout + r.summary + r.sarif).not.toContain('attacker.example');
    expect(r.summary).toContain('Configuration: .sealgate.yaml as of the base commit');
  });

  test("a baseline the pull request brings (or edits) does not accept the pull request's finding", async () => {
    const o = { '.sealgate.yaml': 'baseline: .sealgate-baseline.json\n' };
    // The base has no baseline file yet; the PR adds one listing its own finding's fingerprint.
    const password = fakePassword();
    const fp = fingerprint('k8s-secret-plaintext', 'k8s/db.yaml', password);
    const baseline = baselineJson([{ fingerprint: fp } as never]);
    const origin = new Origin();
    const base = origin.commit({ 'README.md': 'x\n', ...o }, 'base');
    origin.checkout('feature', true);
    const head = origin.commit({ 'k8s/db.yaml': secretManifest('db', 'prod', 'password', password), '.sealgate-baseline.json': baseline }, 'proposal');
    origin.push('main', 'feature');
    pushMergeRef(origin, base, head);
    // Proof the baseline would accept it: a push run (trusted checkout) passes.
    const ws = checkoutRef(origin, 'refs/pull/7/merge');
    const r = await runAction({ workspace: ws, eventName: 'pull_request', payload: pullRequestPayload({ base, head }) });
    expect(r.code).toBe(1);
    expect(r.summary).toContain('baseline .sealgate-baseline.json as of the base commit');
    const trusted = spawnSync(process.execPath, [BIN, 'scan', '--format', 'json'], { cwd: ws, encoding: 'utf8' });
    expect(JSON.parse(trusted.stdout).findings).toEqual([]);
  });

  test('a custom rule the pull request adds is not run; the config input pins a file of the base', async () => {
    const slow = 'customRules:\n  - id: slow\n    description: d\n    message: m\n    severity: error\n    examples: {valid: [{name: v, code: x}], invalid: [{name: i, code: y}]}\n    pattern: "(a|aa)+$"\n';
    const { r } = await pullRequest({ 'ci/sealgate.yaml': 'maxFileSize: 1000000\n' }, { '.sealgate.yaml': slow, 'a.txt': 'a'.repeat(41) + '!\n' }, { config: 'ci/sealgate.yaml' });
    expect(r.code).toBe(1);
    expect(r.summary).toContain('Configuration: ci/sealgate.yaml as of the base commit');
    expect(r.sarif).not.toContain('"slow"');
    // A config input naming a file the base lacks fails the step (exit 2), never falls back to the PR's.
    const missing = await pullRequest({}, { 'ci/other.yaml': 'rules: {}\n' }, { config: 'ci/other.yaml' });
    expect(missing.r.code).toBe(2);
    expect(missing.r.stdout).toMatch(/::error::sealgate: the config input names ci\/other\.yaml, which the base commit \w+ does not have/);
  });

  test('a config input outside the repository (written by the workflow) is used as is', async () => {
    const pinned = path.join(tempDir(), 'pinned.yaml');
    fs.writeFileSync(pinned, 'rules:\n  k8s-secret-plaintext: warning\n');
    const { r } = await pullRequest({}, {}, { config: pinned });
    expect(r.code).toBe(0);
    expect(r.outputs.warnings).toBe('1');
    expect(r.summary).toContain('pinned by the workflow');
  });
});

describe('custom patterns run in linear time', () => {
  // The examples run when the config loads: `invalid` is a line the pattern matches.
  const rule = (pattern: string, invalid = 'aa') =>
    `customRules:\n  - id: custom\n    description: A custom rule\n    message: custom match\n    severity: error\n    examples:\n      valid: [{name: v, code: x}]\n      invalid: [{name: i, code: ${JSON.stringify(invalid)}}]\n    pattern: ${JSON.stringify(pattern)}\n`;

  test('(a|aa)+$ on a 42-byte line finishes at once (backtracking took 42 s)', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, '.sealgate.yaml'), rule('(a|aa)+$'));
    fs.writeFileSync(path.join(dir, 'a.txt'), 'a'.repeat(41) + '!\n');
    const t0 = Date.now();
    const r = spawnSync(process.execPath, [BIN, 'scan', '--format', 'json'], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(Date.now() - t0).toBeLessThan(5_000);
  });

  test('custom patterns still match, with their secret group and flags; lookarounds are refused naming the field', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, '.sealgate.yaml'), rule('ACME_KEY\\s*=\\s*([a-z0-9]{24})', `ACME_KEY = ${'k7'.repeat(12)}`).replace('    pattern:', '    flags: i\n    secretGroup: 1\n    pattern:'));
    const key = 'q' + 'w3'.repeat(11) + 'z';
    fs.writeFileSync(path.join(dir, 'app.env'), `x\nacme_key = ${key}\n`);
    const r = spawnSync(process.execPath, [BIN, 'scan', '--format', 'json'], { cwd: dir, encoding: 'utf8' });
    const f = JSON.parse(r.stdout).findings.find((x: { ruleId: string }) => x.ruleId === 'custom');
    expect(f).toMatchObject({ line: 2, column: 12 });
    fs.writeFileSync(path.join(dir, '.sealgate.yaml'), rule('secret(?=x)'));
    const bad = spawnSync(process.execPath, [BIN, 'scan'], { cwd: dir, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/\.sealgate\.yaml: customRules\[0\]\.pattern: .*linear-time engine/);
  });
});
