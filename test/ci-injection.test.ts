// Hostile names in a pull request (issue 14, problems 1, 2 and 4): file and folder names, Secret names
// and YAML keys chosen by an attacker must stay data. They never become workflow commands on the
// runner's stdout or stderr (the bundled Action and `--format github`, run as child processes), never
// Markdown in the job summary, and never options of a printed fix command (which is run here, by a
// real shell, to prove it).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { Origin, REPO_ROOT, checkoutRef, fakePassword, pullRequestPayload, pushMergeRef, runAction, secretManifest, tempDir } from './helpers/action-env.js';
import { logLine, logLines, markdownText, neutralizeCommands, showControl, workflowCommand } from '../src/report/escape.js';
import { fixCommand, shellWord } from '../src/report/command.js';

const BIN = path.join(REPO_ROOT, 'dist', 'bin.js');

/** Workflow commands an attacker would like the runner to execute. */
const PAYLOADS = ['::error title=INJECTED::pwned', '::add-mask::sealgate', '::stop-commands::pwnd', '  ::warning::indented'];
/** A file name holding each payload on its own line. */
const HOSTILE_NAME = `notes\n${PAYLOADS.join('\n')}\r::notice::cr.txt`;
/** Invalid UTF-8, so sealgate prints a note naming the file. */
const LATIN1 = Buffer.from('caf\xe9 au lait\n', 'latin1');
const MARKDOWN = '\n\n![x](https://attacker.example/p.png) [Fix now](https://attacker.example/x)\n\n';

/**
 * Every line the runner would read (it splits at \r and \n, and trims leading blanks): a line that
 * starts with `::` must be one of the commands sealgate issues, and its text must not be a payload.
 */
function expectNoInjectedCommand(output: string, allowedMasks: Set<string>): void {
  for (const raw of output.split(/\r\n|\r|\n/)) {
    const line = raw.trimStart();
    if (!line.startsWith('::')) continue;
    const m = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    expect(m, line).not.toBeNull();
    const [, name, , data] = m!;
    expect(['error', 'warning', 'notice', 'add-mask', 'debug'], line).toContain(name);
    if (name === 'add-mask') expect(allowedMasks.has(data!), `unexpected mask ${line}`).toBe(true);
    expect(line).not.toMatch(/^::(?:error title=INJECTED|stop-commands|warning::indented|notice::cr\.txt)/);
  }
}

function maskSet(secrets: string[]): Set<string> {
  const s = new Set<string>();
  for (const v of secrets) {
    s.add(v);
    const b64 = Buffer.from(v).toString('base64');
    s.add(b64);
    s.add(b64.replace(/=+$/, ''));
  }
  return s;
}

function hostileRepo(): { o: Origin; base: string; head: string; password: string; markdownPassword: string } {
  const o = new Origin();
  const base = o.commit({ 'README.md': 'infra\n' }, 'init');
  o.checkout('feature', true);
  const password = fakePassword();
  const markdownPassword = fakePassword();
  const secretName = JSON.stringify(`db${MARKDOWN}`);
  const head = o.commit(
    {
      [HOSTILE_NAME]: LATIN1.toString('latin1'),
      [`${HOSTILE_NAME}.d/secret.yaml`]: secretManifest('db', 'prod', 'password', password),
      [`k8s${MARKDOWN}/db.yaml`]: secretManifest(secretName, 'prod', 'password', markdownPassword),
    },
    'hostile names',
  );
  // Latin-1 bytes as written (Origin.commit writes strings as UTF-8): rewrite and amend.
  fs.writeFileSync(path.join(o.work, HOSTILE_NAME), LATIN1);
  execFileSync('git', ['commit', '-q', '-a', '--amend', '--no-edit'], { cwd: o.work });
  o.push('main', 'feature');
  return { o, base, head: o.sha('feature'), password, markdownPassword };
}

describe('workflow commands: input never starts a line the runner reads', () => {
  test('the bundled Action on a pull request with hostile file names prints no injected command', async () => {
    const { o, base, head, password, markdownPassword } = hostileRepo();
    pushMergeRef(o, base, head);
    const ws = checkoutRef(o, 'refs/pull/7/merge');
    const r = await runAction({ workspace: ws, eventName: 'pull_request', payload: pullRequestPayload({ base, head }) });
    expect(r.code).toBe(1);
    // Before the fix the note about the invalid UTF-8 file printed each payload on its own line.
    expect(r.stdout).toContain('sealgate: note: notes\\n::error title=INJECTED::pwned\\n::add-mask::sealgate\\n');
    expectNoInjectedCommand(r.stdout, maskSet([password, markdownPassword]));
    expectNoInjectedCommand(r.stderr, new Set());
    // The annotations still point at the hostile files (their names escaped as properties).
    expect(r.stdout).toMatch(/::error title=k8s-secret-plaintext,file=notes%0A%3A%3Aerror title=INJECTED%3A%3Apwned/);
  });

  test('sealgate scan --format github keeps stdout and stderr free of injected commands', async () => {
    const { o, password, markdownPassword } = hostileRepo();
    o.checkout('feature');
    for (const format of ['github', 'text']) {
      const r = spawnSync(process.execPath, [BIN, 'scan', '--format', format], { cwd: o.work, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr).toMatch(/sealgate: warning: notes\\n::error title=INJECTED::pwned.*invalid UTF-8/);
      expectNoInjectedCommand(r.stderr, new Set());
      if (format === 'github') expectNoInjectedCommand(r.stdout, new Set());
      else expect(r.stdout.split(/\r\n|\r|\n/).filter((l) => l.trimStart().startsWith('::'))).toEqual([]);
      expect(r.stdout + r.stderr).not.toContain(password);
      expect(r.stdout + r.stderr).not.toContain(markdownPassword);
    }
  });

  test('the escaping functions follow GitHub: %, CR, LF in data; also : and , in properties; :: at a line start', () => {
    expect(workflowCommand('error', { file: 'a:b,c%\n', line: 3 }, '50%\r\n::x')).toBe('::error file=a%3Ab%2Cc%25%0A,line=3::50%25%0D%0A::x');
    expect(logLine('::add-mask::x')).toBe('%3A%3Aadd-mask::x');
    expect(logLine(' \t::x')).toBe(' \t%3A%3Ax');
    expect(logLine('a\n::b\r\u001b[31mc\u202e')).toBe('a\\n::b\\r\\e[31mc\\u202e');
    expect(logLines('one\n::two\n  ::three')).toBe('one\n%3A%3Atwo\n  %3A%3Athree');
    expect(neutralizeCommands('ok\n::x\r::y\n\u001b[1mz')).toBe('ok\n%3A%3Ax\r%3A%3Ay\n\u001b[1mz');
    expect(showControl('tab\tkept, bell\u0007')).toBe('tab\tkept, bell\\x07');
  });
});

describe('the job summary: hostile names stay text', () => {
  test('a Secret name and a folder holding Markdown neither end the table nor render an image or a link', async () => {
    const { o, base, head } = hostileRepo();
    pushMergeRef(o, base, head);
    const ws = checkoutRef(o, 'refs/pull/7/merge');
    const r = await runAction({ workspace: ws, eventName: 'pull_request', payload: pullRequestPayload({ base, head }) });
    expect(r.code).toBe(1);
    // GitHub renders the summary as Markdown; its HTML blocks end at a blank line, after which the
    // payload would be Markdown. No blank line, no raw Markdown link or image syntax.
    expect(r.summary).not.toMatch(/\n[ \t]*\n/);
    expect(r.summary).not.toContain('![');
    expect(r.summary).not.toContain('](');
    expect(r.summary).toContain('prod/db&#92;n&#92;n&#33;&#91;x&#93;&#40;https://attacker.example/p.png&#41;');
    // One row per finding, whatever the names hold.
    expect([...r.summary.matchAll(/<tr>/g)].length).toBe(3);
  });

  test('markdownText escapes HTML and Markdown and shows newlines', () => {
    expect(markdownText('a|b\n\n<img>*_`[x](y)!')).toBe('a&#124;b&#92;n&#92;n&#60;img&#62;&#42;&#95;&#96;&#91;x&#93;&#40;y&#41;&#33;');
  });
});

describe('printed fix commands: paths are quoted and come after --', () => {
  test('the builder quotes words, puts -- before paths, and keeps control characters on one line', () => {
    expect(fixCommand('seal', ['--values-out=/tmp/loot/v.yaml', 'a b.yaml'], { cert: 'pub-cert.pem' })).toBe(
      "sealgate fix --seal --cert pub-cert.pem -- --values-out=/tmp/loot/v.yaml 'a b.yaml'",
    );
    expect(fixCommand('external', ['x.yaml'], { store: '-evil', storeKind: 'SecretStore' })).toBe('sealgate fix --external --store=-evil --store-kind SecretStore -- x.yaml');
    expect(shellWord("it's $(id)")).toBe(`'it'\\''s $(id)'`);
    expect(shellWord('a\nb\u001b')).toBe("$'a\\nb\\x1b'");
    expect(shellWord('')).toBe("''");
  });

  test('a folder named --values-out=…: every report prints the path after --, and the printed command run by a shell fixes only that file', async () => {
    const dir = tempDir();
    const loot = path.join(tempDir(), 'loot');
    const git = (...a: string[]) => execFileSync('git', a, { cwd: dir, encoding: 'utf8' });
    git('init', '-q', '-b', 'main');
    const hostile = `--values-out=${loot}`;
    fs.mkdirSync(path.join(dir, hostile), { recursive: true });
    fs.mkdirSync(path.join(dir, 'k8s'));
    const victim = secretManifest('other', 'prod', 'password', fakePassword());
    fs.writeFileSync(path.join(dir, hostile, 'v.yaml'), secretManifest('db', 'prod', 'password', fakePassword()));
    fs.writeFileSync(path.join(dir, 'k8s', 'other.yaml'), victim);
    fs.writeFileSync(path.join(dir, '.sealgate.yaml'), 'external:\n  store: vault-backend\n  valuesOut: values/sealgate-values.yaml\n');
    fs.writeFileSync(path.join(dir, '.gitignore'), 'values/\n');

    const sg = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8' });
    const text = sg('scan').stdout;
    const json = JSON.parse(sg('scan', '--format', 'json').stdout);
    const sarif = JSON.parse(sg('scan', '--format', 'sarif').stdout);
    const audit = JSON.parse(sg('audit', '--format', 'json').stdout);
    const expected = `sealgate fix --external --store vault-backend -- ${hostile}/v.yaml`;
    expect(text).toContain(expected); // the one command of the run names both files, this one first
    expect(json.findings.find((f: any) => f.file.startsWith('--')).fixCommands).toContain(expected);
    expect(sarif.runs[0].results.map((x: any) => x.message.text).join('\n')).toContain(expected);
    expect(audit.entries.find((e: any) => e.file.startsWith('--')).fixCommand).toBe(expected);
    for (const out of [text, JSON.stringify(json), JSON.stringify(sarif), JSON.stringify(audit)]) expect(out).not.toMatch(/sealgate fix --values-out/);

    // Paste the command into a shell (sealgate -> the built CLI): only the hostile folder's file changes.
    const pasted = expected.replace(/^sealgate /, `${shellWord(process.execPath)} ${shellWord(BIN)} `);
    const r = spawnSync('sh', ['-c', pasted], { cwd: dir, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(fs.readFileSync(path.join(dir, hostile, 'v.yaml'), 'utf8')).toMatch(/kind: ExternalSecret/);
    expect(fs.readFileSync(path.join(dir, 'k8s', 'other.yaml'), 'utf8')).toBe(victim);
    expect(fs.existsSync(loot)).toBe(false);
  });
});
