#!/usr/bin/env node
// Hostile-size inputs from issue 14 (problem 5), timed end to end with the built CLI and the bundled
// Action (dist/): a staged Secret with 100,000 keys in text output (target < 20 s), the Action on a
// pull request adding a 20,000-key Secret (target < 60 s, summary <= 1 MiB, at most 10 annotations
// per level), 500,000 tiny documents, and 1 MB of AWS access key ids. Not a test: timings belong in
// a benchmark. Inputs are built at run time in a temp folder (fake values, never committed).
//
//   node bench/hostile.mjs [--only secret100k,action20k,docs500k,aws1mb] [--keys N]
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'dist', 'bin.js');
const ACTION = path.join(ROOT, 'dist', 'action.js');
const { values } = parseArgs({ options: { only: { type: 'string' }, keys: { type: 'string' } } });
const only = values.only ? new Set(values.only.split(',')) : undefined;
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const rand = (n, alphabet = ALNUM) => [...randomBytes(n)].map((b) => alphabet[b % alphabet.length]).join('');
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'sg-hostile-'));
const git = (cwd, args) => execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } }).trim();

function repo() {
  const dir = tmp();
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['config', 'user.email', 'b@example.com']);
  git(dir, ['config', 'user.name', 'Bench']);
  git(dir, ['config', 'commit.gpgsign', 'false']);
  return dir;
}

function bigSecret(keys) {
  const lines = ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: huge', '  namespace: prod', 'type: Opaque', 'stringData:'];
  for (let i = 0; i < keys; i++) lines.push(`  key${i}: Pw${rand(20)}9z`);
  return lines.join('\n') + '\n';
}

function timed(label, fn) {
  const t0 = performance.now();
  const extra = fn();
  const s = (performance.now() - t0) / 1000;
  console.log(`${label.padEnd(52)} ${s.toFixed(1).padStart(6)} s${extra ? `  ${extra}` : ''}`);
  return s;
}

function cli(cwd, args) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  return r;
}

if (!only || only.has('secret100k')) {
  const keys = Number(values.keys ?? 100_000);
  const dir = repo();
  fs.writeFileSync(path.join(dir, 'huge.yaml'), bigSecret(keys));
  git(dir, ['add', 'huge.yaml']);
  for (const format of ['text', 'json']) {
    timed(`${keys}-key Secret, scan --staged --format ${format}`, () => {
      const r = cli(dir, ['scan', '--staged', '--format', format]);
      return `exit ${r.status}, ${(r.stdout.length / 1e6).toFixed(1)} MB out`;
    });
  }
  timed(`${keys}-key Secret, scan (working tree, text)`, () => `exit ${cli(dir, ['scan']).status}`);
}

if (!only || only.has('action20k')) {
  const keys = 20_000;
  const origin = repo();
  const bare = path.join(tmp(), 'origin.git');
  git(origin, ['init', '-q', '--bare', '-b', 'main', bare]);
  git(origin, ['remote', 'add', 'origin', bare]);
  fs.writeFileSync(path.join(origin, 'README.md'), 'x\n');
  git(origin, ['add', '-A']);
  git(origin, ['commit', '-q', '-m', 'base']);
  const base = git(origin, ['rev-parse', 'HEAD']);
  git(origin, ['checkout', '-q', '-b', 'feature']);
  fs.writeFileSync(path.join(origin, 'huge.yaml'), bigSecret(keys));
  git(origin, ['add', '-A']);
  git(origin, ['commit', '-q', '-m', 'huge']);
  const head = git(origin, ['rev-parse', 'HEAD']);
  git(origin, ['push', '-q', 'origin', 'main', 'feature']);
  const ws = path.join(tmp(), 'ws');
  git(tmp(), ['clone', '-q', `file://${bare}`, ws]);
  git(ws, ['checkout', '-q', head]);
  const run = tmp();
  const event = path.join(run, 'event.json');
  fs.writeFileSync(event, JSON.stringify({ pull_request: { number: 1, commits: 1, base: { sha: base }, head: { sha: head } }, repository: { default_branch: 'main' } }));
  const summaryFile = path.join(run, 'summary.md');
  fs.writeFileSync(summaryFile, '');
  fs.writeFileSync(path.join(run, 'out.txt'), '');
  const env = {
    PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_ACTIONS: 'true', CI: 'true', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event,
    GITHUB_WORKSPACE: ws, GITHUB_STEP_SUMMARY: summaryFile, GITHUB_OUTPUT: path.join(run, 'out.txt'), RUNNER_TEMP: run,
    GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/infra',
    INPUT_PATH: '.', INPUT_MODE: 'auto', 'INPUT_SARIF-FILE': 'sealgate.sarif', 'INPUT_FAIL-ON-FINDINGS': 'true', 'INPUT_SHOW-FIX': 'true',
  };
  timed(`Action, pull request adding a ${keys}-key Secret`, () => {
    const r = spawnSync(process.execPath, [ACTION], { cwd: ws, env, encoding: 'utf8', maxBuffer: 1 << 30 });
    const annotations = r.stdout.split('\n').filter((l) => /^::(error|warning|notice)[ :]/.test(l)).length;
    const sarif = fs.statSync(path.join(ws, 'sealgate.sarif')).size;
    const results = JSON.parse(fs.readFileSync(path.join(ws, 'sealgate.sarif'), 'utf8')).runs[0].results.length;
    return `exit ${r.status}, ${annotations} annotations, summary ${(fs.statSync(summaryFile).size / 1024).toFixed(0)} KiB, SARIF ${(sarif / 1e6).toFixed(1)} MB with ${results} results`;
  });
}

if (!only || only.has('docs500k')) {
  const dir = tmp();
  fs.writeFileSync(path.join(dir, 'many.yaml'), 'kind: A\na: 1\n---\n'.repeat(500_000));
  timed('500,000 tiny documents (one file)', () => {
    const r = cli(dir, ['scan', '--format', 'json']);
    return `exit ${r.status}, ${(fs.statSync(path.join(dir, 'many.yaml')).size / 1e6).toFixed(1)} MB`;
  });
}

if (!only || only.has('aws1mb')) {
  const dir = tmp();
  const ids = [];
  let size = 0;
  while (size < 1_000_000) {
    const id = ['AK', 'IA', rand(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')].join('');
    ids.push(id);
    size += id.length + 1;
  }
  fs.writeFileSync(path.join(dir, 'ids.txt'), ids.join('\n') + '\n');
  for (const format of ['json', 'text']) {
    timed(`1 MB of AWS access key ids (${ids.length}), ${format}`, () => `exit ${cli(dir, ['scan', '--format', format]).status}`);
  }
}
