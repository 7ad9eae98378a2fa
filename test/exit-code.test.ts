// One exit-code policy for the CLI and the Action: the same commits give the same code from
// `sealgate scan --range` and from the bundled Action on a push of that range. A file that could not
// be scanned may hold a Secret, so it is 2 from both (the Action said 1 before).
import { describe, expect, test } from 'vitest';
import { run } from '../src/cli/run.js';
import { exitCode } from '../src/exit-code.js';
import type { Finding, Skipped } from '../src/types.js';
import { DEPLOYMENT, Origin, checkoutRef, fakePassword, pushPayload, runAction, secretManifest } from './helpers/action-env.js';

/** main with a config and a Deployment, pushed; then `files` committed and pushed: before..after. */
function pushed(files: Record<string, string>, config = 'maxFileSize: 400\n') {
  const o = new Origin();
  const before = o.commit({ '.sealgate.yaml': config, 'k8s/web.yaml': DEPLOYMENT }, 'base');
  o.push('main');
  const after = o.commit(files, 'change');
  o.push('main');
  return { o, before, after };
}

async function bothCodes(s: ReturnType<typeof pushed>, inputs: Record<string, string> = {}): Promise<{ cli: number; action: number; stdout: string }> {
  const cli = await run(['scan', '--range', `${s.before}..${s.after}`], { cwd: s.o.work });
  const ws = checkoutRef(s.o, 'refs/heads/main');
  const action = await runAction({ workspace: ws, eventName: 'push', payload: pushPayload({ before: s.before, after: s.after, ref: 'refs/heads/main' }), inputs });
  return { cli: cli.exitCode, action: action.code, stdout: action.stdout };
}

describe('the CLI and the Action give the same exit code for the same commits', () => {
  test('a file that could not be scanned (over maxFileSize): 2 from both', async () => {
    const r = await bothCodes(pushed({ 'k8s/big.yaml': `# ${'x'.repeat(600)}\n` }));
    expect(r).toMatchObject({ cli: 2, action: 2 });
    expect(r.stdout).toMatch(/could not be scanned/);
  });

  test('with failOnSkipped: false the same file passes both', async () => {
    const r = await bothCodes(pushed({ 'k8s/big.yaml': `# ${'x'.repeat(600)}\n` }, 'maxFileSize: 400\nfailOnSkipped: false\n'));
    expect(r).toMatchObject({ cli: 0, action: 0 });
  });

  test('a plaintext Secret: 1 from both; clean commits: 0 from both', async () => {
    expect(await bothCodes(pushed({ 'k8s/db.yaml': secretManifest('db', 'shop', 'password', fakePassword()) }))).toMatchObject({ cli: 1, action: 1 });
    expect(await bothCodes(pushed({ 'k8s/api.yaml': DEPLOYMENT.replace('web', 'api') }))).toMatchObject({ cli: 0, action: 0 });
  });
});

describe('exitCode', () => {
  const finding = (severity: Finding['severity']) => ({ severity }) as Finding;
  const lost: Skipped = { file: 'a.yaml', reason: 'cannot be read (EACCES)', unscannable: true };
  const binary: Skipped = { file: 'logo.png', reason: 'binary file' };

  test('findings before unscannable files; warnings only past --max-warnings; binaries never count', () => {
    expect(exitCode([finding('error')], [lost], { failOnUnscannable: true })).toBe(1);
    expect(exitCode([finding('warning')], [], { failOnUnscannable: true })).toBe(0);
    expect(exitCode([finding('warning'), finding('warning')], [], { maxWarnings: 1, failOnUnscannable: false })).toBe(1);
    expect(exitCode([], [lost], { failOnUnscannable: true })).toBe(2);
    expect(exitCode([], [lost], { failOnUnscannable: false })).toBe(0);
    expect(exitCode([], [binary], { failOnUnscannable: true })).toBe(0);
    expect(exitCode([finding('error')], [lost], { failOnFindings: false, failOnUnscannable: true })).toBe(2);
    expect(exitCode([finding('error')], [], { failOnFindings: false, failOnUnscannable: true })).toBe(0);
  });
});
