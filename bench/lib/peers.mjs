// The tools sealgate is compared with, as tasks for measureTogether(): same corpus, same run.
// secretlint 13.0.6 with its recommended preset (12.x on Node 20 is quadratic in the file count),
// git grep -E / -P and ripgrep with one pattern per rule (the floor: bytes and regexes, no semantics),
// and git-secrets fed the same patterns through GIT_CONFIG_* (the corpus' .git/config is untouched).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from './cli.mjs';

const SECRETLINT = path.join(ROOT, 'node_modules/secretlint/bin/secretlint.js');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'sg-bench-peers-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
// The corpus is ASCII; in a UTF-8 locale glibc's regex is 3x slower, and git-secrets sets C too.
const C_LOCALE = { ...process.env, LC_ALL: 'C' };

function have(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

export const AVAILABLE = {
  secretlint: existsSync(SECRETLINT),
  rg: have('rg'),
  gitSecrets: have('git-secrets'),
};

let secretlintrc;
function secretlintConfig() {
  if (!secretlintrc) {
    secretlintrc = path.join(tmp, '.secretlintrc.json');
    writeFileSync(secretlintrc, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
  }
  return secretlintrc;
}

/** Files to pass when a file holds the patterns (-f), one per line. */
function patternFile(name, lines) {
  const f = path.join(tmp, name);
  writeFileSync(f, lines.join('\n') + '\n');
  return f;
}

/** A finding exit code: 0 nothing found, 1 found (grep: 1 = nothing found, 0 = found). */
const findingsOk = (s) => s === 0 || s === 1;

export function sealgateTask(bin, args, cwd, extra = {}) {
  return { name: 'sealgate', cmd: process.execPath, args: [bin, ...args], cwd, ok: findingsOk, format: 'json', ...extra };
}

/** Whole-tree scans of a corpus by every available peer. `files` limits secretlint to a file list. */
export function peerTasks(cwd, patterns, { rss = true, git = true } = {}) {
  const tasks = [];
  if (AVAILABLE.secretlint) {
    tasks.push({
      name: 'secretlint',
      cmd: process.execPath,
      args: [SECRETLINT, '**/*', '--secretlintrc', secretlintConfig(), '--format', 'json', '--no-color'],
      cwd,
      rss,
      ok: findingsOk,
      format: 'secretlint-json',
    });
  }
  const ere = patternFile('patterns.ere', patterns.list.map((p) => p.ere));
  const pcre = patternFile('patterns.pcre', patterns.list.map((p) => p.pcre));
  const noIndex = git ? [] : ['--no-index'];
  tasks.push({ name: 'git grep -E', cmd: 'git', args: ['grep', ...noIndex, '-n', '-I', '-E', '-f', ere], cwd, rss, env: C_LOCALE, ok: findingsOk, format: 'grep' });
  tasks.push({ name: 'git grep -P', cmd: 'git', args: ['grep', ...noIndex, '-n', '-I', '-P', '-f', pcre], cwd, rss, env: C_LOCALE, ok: findingsOk, format: 'grep' });
  if (AVAILABLE.rg) tasks.push(ripgrepTask(cwd, patterns, { rss }));
  if (AVAILABLE.gitSecrets && git) {
    tasks.push({ name: 'git-secrets', cmd: 'git', args: ['secrets', '--scan'], cwd, rss, env: gitSecretsEnv(patterns), ok: findingsOk, format: 'grep' });
  }
  return tasks;
}

export function ripgrepTask(cwd, patterns, { rss = true } = {}) {
  // Rust's regex syntax: the ERE translation with brackets written the way Rust reads them.
  const rg = patternFile('patterns.rg', patterns.list.map((p) => p.rg));
  return { name: 'ripgrep', cmd: 'rg', args: ['-n', '--no-heading', '-f', rg], cwd, rss, ok: findingsOk, format: 'grep' };
}

/** secretlint the way lint-staged runs it on a commit: the staged files as arguments. */
export function secretlintFilesTask(cwd, files) {
  return {
    name: 'secretlint',
    cmd: process.execPath,
    args: [SECRETLINT, ...files, '--secretlintrc', secretlintConfig(), '--format', 'json', '--no-color'],
    cwd,
    ok: findingsOk,
  };
}

/** git-secrets' own pre-commit hook entry point (scans the staged files with git grep --cached). */
export function gitSecretsHookTask(cwd, patterns) {
  return { name: 'git-secrets', cmd: 'git', args: ['secrets', '--pre_commit_hook'], cwd, env: gitSecretsEnv(patterns), ok: findingsOk };
}

/**
 * git-secrets joins its patterns with `for p in $patterns` (word splitting) and runs git grep -wE:
 * blanks inside a pattern would split it, so they become [[:blank:]] classes here.
 */
export function gitSecretsEnv(patterns) {
  const env = { ...process.env, GIT_CONFIG_COUNT: String(patterns.list.length) };
  patterns.list.forEach((p, i) => {
    env[`GIT_CONFIG_KEY_${i}`] = 'secrets.patterns';
    env[`GIT_CONFIG_VALUE_${i}`] = noBlanks(p.ere);
  });
  return env;
}

function noBlanks(ere) {
  let out = '';
  let inClass = false;
  for (let i = 0; i < ere.length; i++) {
    const c = ere[i];
    if (!inClass && c === '\\') { out += c + (ere[i + 1] ?? ''); i++; continue; }
    if (!inClass && c === '[') {
      inClass = true;
      out += c;
      if (ere[i + 1] === '^') out += ere[++i];
      if (ere[i + 1] === ']') out += ere[++i];
      continue;
    }
    if (inClass && c === '[' && ere[i + 1] === ':') {
      const end = ere.indexOf(':]', i + 2);
      out += ere.slice(i, end + 2);
      i = end + 1;
      continue;
    }
    if (inClass && c === ']') { inClass = false; out += c; continue; }
    if (c === ' ' || c === '\t') { out += inClass ? '[:blank:]' : '[[:blank:]]'; continue; }
    out += c;
  }
  return out;
}
