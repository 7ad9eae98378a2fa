// What people expect of a CLI: `version`, `help <command>`, "did you mean", --quiet, colour only in a
// terminal (a real pseudo-terminal through util-linux `script`), counts of hidden findings, fix
// commands and the explanation once per run, and `fix` refusing to rewrite the tree from a pipe.
import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { run } from '../src/cli/run.js';
import { VERSION } from '../src/version.js';
import { SCAN_HELP } from '../src/cli/commands/scan.js';
import { fakePassword, makeRepo, plaintextSecret, testGitEnv, type TestRepo } from './helpers/git-repo.js';
import { BIN, ensureBuilt } from './helpers/package-repo.js';

beforeAll(() => ensureBuilt(), 120_000);

const ESC = '\u001b[';

/** Runs the built CLI in a pseudo-terminal (stdin, stdout and stderr are the terminal). */
function inTerminal(args: string[], cwd: string, extraEnv: Record<string, string> = {}) {
  const cmd = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const env = testGitEnv({ TERM: 'xterm-256color' });
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  Object.assign(env, extraEnv);
  const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { cwd, env, encoding: 'utf8' });
  return { status: r.status, out: r.stdout };
}

function piped(args: string[], cwd: string, input?: string) {
  const env = testGitEnv();
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env, encoding: 'utf8', input });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function repoWithSecrets(n = 1): Promise<{ repo: TestRepo; pws: string[] }> {
  const repo = await makeRepo();
  const pws: string[] = [];
  for (let i = 0; i < n; i++) {
    pws.push(fakePassword());
    repo.write(`k8s/db${i}.yaml`, plaintextSecret(`db${i}`, pws[i]!));
  }
  return { repo, pws };
}

describe('version and help', () => {
  it("'sealgate version' and --version print the version", async () => {
    for (const a of [['version'], ['--version']]) {
      const r = await run(a);
      expect(r.stdout).toBe(`${VERSION}\n`);
      expect(r.exitCode).toBe(0);
    }
  });

  it("'sealgate help scan' prints the scan command's help, not the top-level one", async () => {
    const r = await run(['help', 'scan']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe(SCAN_HELP);
    for (const c of ['fix', 'seal', 'audit', 'init', 'baseline', 'rules', 'clean']) {
      const h = await run(['help', c]);
      expect(h.exitCode, c).toBe(0);
      expect(h.stdout, c).toMatch(new RegExp(`^Usage: sealgate ${c}`));
    }
  });
});

describe('did you mean', () => {
  it('suggests the closest flag and command, and exits 2', async () => {
    const flag = await run(['scan', '--fromat', 'json']);
    expect(flag.exitCode).toBe(2);
    expect(flag.stderr).toContain("Unknown option '--fromat'. Did you mean --format?");
    const cmd = await run(['sacn']);
    expect(cmd.exitCode).toBe(2);
    expect(cmd.stderr).toContain("unknown command 'sacn'. Did you mean 'scan'?");
    const helpCmd = await run(['help', 'audti']);
    expect(helpCmd.stderr).toContain("Did you mean 'audit'?");
    const far = await run(['scan', '--zzzzzzzz']);
    expect(far.stderr).not.toContain('Did you mean');
  });
});

describe('--quiet', () => {
  it('prints the findings only, and nothing when clean', async () => {
    const { repo, pws } = await repoWithSecrets();
    const r = await run(['scan', '--quiet'], { cwd: repo.dir });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/^k8s\/db0\.yaml\n {2}\d+:\d+ {2}error/);
    expect(r.stdout).not.toMatch(/Why it matters|blocking finding|sealgate fix/);
    expect(r.stdout).not.toContain(pws[0]);
    fs.rmSync(path.join(repo.dir, 'k8s'), { recursive: true });
    const clean = await run(['scan', '-q'], { cwd: repo.dir });
    expect(clean.exitCode).toBe(0);
    expect(clean.stdout).toBe('');
  });
});

describe('one summary for the run', () => {
  it('prints one fix command naming every file and the explanation once, however many findings', async () => {
    const { repo } = await repoWithSecrets(3);
    const r = await run(['scan'], { cwd: repo.dir });
    expect(r.stdout.match(/sealgate fix /g)).toHaveLength(2); // --seal and --external, once each
    expect(r.stdout).toContain('sealgate fix --seal --cert <controller-cert.pem> -- k8s/db0.yaml k8s/db1.yaml k8s/db2.yaml');
    expect(r.stdout.match(/Why it matters/g)).toHaveLength(1);
  });

  it('counts the findings hidden by the baseline and by allow comments', async () => {
    const { repo } = await repoWithSecrets(2);
    expect((await run(['baseline'], { cwd: repo.dir })).exitCode).toBe(0);
    const baselined = await run(['scan', '--baseline', '.sealgate-baseline.json'], { cwd: repo.dir });
    expect(baselined.exitCode).toBe(0);
    expect(baselined.stdout).toMatch(/no secrets found \(.*; 2 hidden by the baseline\)/);
    const pw = fakePassword();
    repo.write('app/config.yaml', `apiVersion: v1\nkind: Secret\nmetadata:\n  name: x\nstringData:\n  password: ${pw} # sealgate:allow\n`);
    const both = await run(['scan', '--baseline', '.sealgate-baseline.json', '--format', 'json'], { cwd: repo.dir });
    expect(JSON.parse(both.stdout).summary.hidden).toEqual({ baseline: 2, allowComments: 1 });
    const text = await run(['scan', '--baseline', '.sealgate-baseline.json'], { cwd: repo.dir });
    expect(text.stdout).toContain('2 hidden by the baseline, 1 by sealgate:allow comments');
  });
});

describe('colour', () => {
  it('is on in a terminal and off with --no-color, NO_COLOR or a pipe', async () => {
    const { repo, pws } = await repoWithSecrets();
    const tty = inTerminal(['scan'], repo.dir);
    expect(tty.status).toBe(1);
    expect(tty.out).toContain(`${ESC}31m`);
    expect(tty.out).toContain('k8s/db0.yaml');
    expect(tty.out).not.toContain(pws[0]);
    expect(inTerminal(['scan', '--no-color'], repo.dir).out).not.toContain(ESC);
    expect(inTerminal(['scan'], repo.dir, { NO_COLOR: '1' }).out).not.toContain(ESC);
    const pipe = piped(['scan'], repo.dir);
    expect(pipe.status).toBe(1);
    expect(pipe.stdout).toContain('k8s/db0.yaml');
    expect(pipe.stdout).not.toContain(ESC);
  });
});

describe('fix from a pipe', () => {
  it('refuses to rewrite the tree when no PATH is named and stdin is not a terminal (kubeseal habit)', async () => {
    const { repo } = await repoWithSecrets(2);
    const before = repo.read('k8s/db1.yaml');
    const r = piped(['fix', '--seal', '--cert', 'c.pem'], repo.dir, repo.read('k8s/db0.yaml'));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('sealgate seal < secret.yaml > sealed-secret.yaml');
    expect(repo.read('k8s/db1.yaml')).toBe(before);
    expect(fs.existsSync(path.join(repo.dir, '.git', 'sealgate'))).toBe(false);
  });
});
