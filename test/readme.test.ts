// Every command the README shows runs: the two opening commands (the first on this repository, the
// second is what .ci/run runs), and each `sealgate ...` line of its shell blocks in a real repository
// made for it (a plaintext Secret in k8s/, a controller certificate; husky set up for `init --husky`), where it must not
// end in a usage, configuration or internal error (exit 2).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { fakePassword, makeRepo, plaintextSecret } from './helpers/git-repo.js';
import { makeKeys } from './helpers/sealed-secrets.js';

const ROOT = path.resolve(__dirname, '..');
const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** The lines of the README's ```sh blocks, without comments. */
function shellLines(md: string): string[] {
  return [...md.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].flatMap((m) =>
    m[1]!
      .split('\n')
      .map((l) => l.replace(/\s+#.*$/, '').trim())
      .filter(Boolean),
  );
}

/**
 * `sealgate ...` and `npx sealgate ...` lines as argv (the README's commands use no quoting). Lines
 * that redirect stdin or stdout (the kubeseal habits: `sealgate seal < secret.yaml > sealed.yaml`)
 * need a shell and a controller: quickstarts.test.ts runs those blocks verbatim in `sh`.
 */
function sealgateCommands(lines: string[]): string[][] {
  return lines
    .map((l) => l.replace(/^npx /, ''))
    .filter((l) => l.startsWith('sealgate ') && !/\s[<>]\s/.test(l))
    .map((l) => l.split(/\s+/).slice(1));
}

describe('the README', () => {
  const lines = shellLines(README);

  it('opens with exactly the two commands: the demo scan and the test suite', async () => {
    expect(lines.slice(0, 2)).toEqual([expect.stringMatching(/^npm install && npx sealgate scan examples\b/), 'npm install && npm test']);
    expect(fs.readFileSync(path.join(ROOT, '.ci/run'), 'utf8')).toMatch(/^npm test$/m);
    const demo = sealgateCommands([lines[0]!.replace(/^npm install && /, '')])[0]!;
    const r = await run(demo, { cwd: ROOT });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/sealgate fix .*db-secret\.yaml/);
  });

  it('every other sealgate command it shows runs in a repository set up for it (never exit 2)', async () => {
    const commands = sealgateCommands(lines.slice(1));
    expect(commands.length).toBeGreaterThanOrEqual(7);
    const keys = makeKeys({ bits: 2048 });
    for (const argv of commands) {
      const repo = await makeRepo();
      repo.write('k8s/db.yaml', plaintextSecret('db', fakePassword()));
      repo.write('pub-cert.pem', keys.certPem);
      repo.write('.gitignore', 'pub-cert.pem\nreport.html\n');
      await repo.commitAll('a plaintext Secret');
      if (argv.includes('--husky')) {
        // husky v9 as `npx husky init` leaves it: the hooks path and its runner.
        repo.write('.husky/_/h', '#!/bin/sh\n');
        execFileSync('git', ['config', 'core.hooksPath', '.husky/_'], { cwd: repo.dir });
      }
      const r = await run(argv, { cwd: repo.dir });
      expect([0, 1], `sealgate ${argv.join(' ')}: ${r.stderr}`).toContain(r.exitCode);
    }
  });
});
