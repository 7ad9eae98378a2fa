// The GitHub Action. The runner-contract tests run the bundled dist/action.js in a child process with
// INPUT_* variables, a real event payload file, a real shallow checkout of a real "origin" and the
// GITHUB_STEP_SUMMARY / GITHUB_OUTPUT files: nothing of git or @actions/core is mocked. The pure parts
// (event payloads, fetching a shallow checkout, the summary) are also tested directly on their own.
import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { resolveTarget, checkRevision, parseMode } from '../src/action/event.js';
import { ensureRange, ensureFullHistory, defaultBranchTip, rangeComplete, FETCH_DEPTH_HINT } from '../src/action/shallow.js';
import { Git } from '../src/sources/git-client.js';
import { maskForms } from '../src/action/annotate.js';
import { renderSummary } from '../src/action/summary.js';
import { planFixes } from '../src/action/fix.js';
import { LeakGuard } from '../src/action/guard.js';
import { fingerprint } from '../src/engine/fingerprint.js';
import type { Row } from '../src/action/findings.js';
import { summary } from '../src/action/core.js';
import { GitError, UsageError } from '../src/errors.js';
import { load } from 'js-yaml';
import { validateSarif } from './helpers/schema.js';
import { generate } from './helpers/token-gen.js';
import {
  REPO_ROOT,
  DEPLOYMENT,
  Origin,
  ZERO_SHA,
  checkoutRef,
  fakePassword,
  git,
  inputVar,
  parseOutputs,
  pullRequestPayload,
  pushMergeRef,
  pushPayload,
  randomAlnum,
  runAction,
  secretDataManifest,
  secretManifest,
  type ActionRun,
} from './helpers/action-env.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);

// ------------------------------------------------------------------------------------ event payloads

describe('event: which commits a run scans', () => {
  const pr = (extra: object = {}) => ({ eventName: 'pull_request', mode: 'auto' as const, payload: pullRequestPayload({ base: A, head: B, commits: 4 }), eventPath: '/tmp/event.json', ...extra });

  test('pull_request and pull_request_target scan base.sha..head.sha', () => {
    expect(resolveTarget(pr())).toMatchObject({ kind: 'range', base: A, head: B, commits: 4, why: 'pull_request #7' });
    expect(resolveTarget(pr({ eventName: 'pull_request_target' }))).toMatchObject({ kind: 'range', base: A, head: B });
  });

  test('push scans before..after; a new branch its commits not on the default branch; a deletion nothing', () => {
    const push = (before: string, after: string) => ({ eventName: 'push', mode: 'auto' as const, payload: pushPayload({ before, after, ref: 'refs/heads/feature' }) });
    expect(resolveTarget(push(A, B))).toMatchObject({ kind: 'range', base: A, head: B });
    expect(resolveTarget(push(ZERO_SHA, B))).toMatchObject({ kind: 'branch', head: B, defaultBranch: 'main', ref: 'refs/heads/feature' });
    expect(resolveTarget(push(A, ZERO_SHA))).toMatchObject({ kind: 'none' });
  });

  test('workflow_dispatch and schedule audit; mode: audit audits any event', () => {
    expect(resolveTarget({ eventName: 'workflow_dispatch', mode: 'auto', payload: {} })).toMatchObject({ kind: 'audit' });
    expect(resolveTarget({ eventName: 'schedule', mode: 'auto', payload: undefined })).toMatchObject({ kind: 'audit' });
    expect(resolveTarget(pr({ mode: 'audit' }))).toMatchObject({ kind: 'audit' });
  });

  test('base and head inputs override the event, together or one at a time', () => {
    expect(resolveTarget({ eventName: 'workflow_dispatch', mode: 'auto', payload: {}, base: 'main', head: 'release/1.2' })).toMatchObject({ kind: 'range', base: 'main', head: 'release/1.2' });
    expect(resolveTarget(pr({ head: 'HEAD~1' }))).toMatchObject({ kind: 'range', base: A, head: 'HEAD~1' });
    expect(resolveTarget(pr({ base: 'v1.0.0' }))).toMatchObject({ kind: 'range', base: 'v1.0.0', head: B });
  });

  test('an event without a range, or a broken payload, is a usage error naming what is missing', () => {
    expect(() => resolveTarget({ eventName: 'workflow_dispatch', mode: 'range', payload: {} })).toThrow(/give both the base and head inputs/);
    expect(() => resolveTarget({ eventName: 'release', mode: 'auto', payload: {} })).toThrow(UsageError);
    expect(() => resolveTarget({ eventName: 'pull_request', mode: 'auto', payload: { pull_request: { head: { sha: B } } }, eventPath: '/tmp/ev.json' })).toThrow(
      /\/tmp\/ev\.json: pull_request event without a valid pull_request\.base\.sha/,
    );
    expect(() => resolveTarget({ eventName: 'push', mode: 'auto', payload: undefined })).toThrow(/GITHUB_EVENT_PATH is not set/);
  });

  test('revision inputs name one commit: no options, ranges or spaces reach git', () => {
    for (const bad of ['--upload-pack=touch x', '-x', 'a..b', 'main b', 'a:b', '']) expect(() => checkRevision(bad, 'base')).toThrow(UsageError);
    for (const good of ['main', 'release/1.2', 'v1.0.0', A, 'HEAD~2', 'HEAD^']) expect(checkRevision(good, 'head')).toBe(good);
    expect(() => parseMode('sideways')).toThrow(/mode input must be one of auto, range, audit/);
    expect(parseMode('')).toBe('auto');
  });
});

// ------------------------------------------------------------------------------- shallow checkouts

describe('shallow checkouts: fetch what the range needs, or fail saying fetch-depth: 0', () => {
  /** main with 3 commits; feature forks at main~1 with `n` commits; main then moves on. */
  function prRepo(n: number) {
    const o = new Origin();
    for (let i = 1; i <= 3; i++) o.commit({ [`docs/m${i}.md`]: `m${i}\n` }, `main ${i}`);
    o.checkout('feature', true, 'HEAD~1');
    for (let i = 1; i <= n; i++) o.commit({ [`src/f${i}.txt`]: `f${i}\n` }, `feature ${i}`);
    o.checkout('main');
    o.commit({ 'docs/m4.md': 'm4\n' }, 'main 4');
    o.push('main', 'feature');
    return { o, base: o.sha('main'), head: o.sha('feature') };
  }

  test('a depth-1 checkout of the merge ref is deepened until base..head is complete', async () => {
    const { o, base, head } = prRepo(5);
    pushMergeRef(o, base, head);
    const ws = checkoutRef(o, 'refs/pull/7/merge');
    expect(await new Git(ws).isShallow()).toBe(true);
    expect(await rangeComplete(new Git(ws), base, head)).toBe(false);
    const log: string[] = [];
    await ensureRange(new Git(ws), base, head, { log: (l) => log.push(l), commits: 5 });
    expect(await rangeComplete(new Git(ws), base, head)).toBe(true);
    expect(git(ws, ['rev-list', '--count', `${base}..${head}`])).toBe('5');
    expect(log.join('\n')).toMatch(/shallow checkout: fetching \w+ and \w+ \(--depth=50\) from origin/);
  });

  test('a base branch that moved on by hundreds of commits: deepened step by step, never cut shorter', async () => {
    const o = new Origin();
    o.commit({ 'a.txt': '1\n' }, 'root');
    o.commitMany(30, 'old');
    o.checkout('feature', true);
    o.commitMany(3, 'feat');
    const head = o.sha('HEAD');
    o.checkout('main');
    const base = o.commitMany(260, 'main');
    o.push('main', 'feature');
    pushMergeRef(o, base, head);
    const ws = checkoutRef(o, 'refs/pull/7/merge');
    const log: string[] = [];
    await ensureRange(new Git(ws), base, head, { log: (l) => log.push(l), commits: 3 });
    expect(log).toHaveLength(3);
    expect(log[0]).toContain('(--depth=50)');
    expect(log[1]).toContain('(--deepen=200)');
    expect(log[2]).toContain('(--deepen=800)');
    expect(git(ws, ['rev-list', '--count', `${base}..${head}`])).toBe('3');
    expect(await rangeComplete(new Git(ws), base, head)).toBe(true);
  });

  test('a range whose history is cut inside (a merged side branch) is not complete until deepened', async () => {
    const o = new Origin();
    o.commit({ 'a.txt': '1\n' }, 'root');
    const base = o.commit({ 'a.txt': '2\n' }, 'base');
    o.push('main');
    o.checkout('side', true);
    for (let i = 0; i < 4; i++) o.commit({ [`side${i}.txt`]: `${i}\n` }, `side ${i}`);
    o.checkout('feature', true, base);
    o.commit({ 'b.txt': '1\n' }, 'feature 1');
    git(o.work, ['merge', '-q', '--no-ff', '--no-edit', 'side']);
    const head = o.sha('HEAD');
    o.push('feature', 'side');
    // Deep enough on the first-parent line to reach base, but cutting the side branch.
    const ws = checkoutRef(o, 'refs/heads/feature', 3);
    await ensureRange(new Git(ws), base, base, { log: () => {} }); // base is there: nothing to do for an empty range
    expect(await rangeComplete(new Git(ws), base, head)).toBe(false);
    await ensureRange(new Git(ws), base, head, { log: () => {} });
    expect(git(ws, ['rev-list', '--count', `${base}..${head}`])).toBe('6');
  });

  test('no origin to fetch from: a GitError that says to set fetch-depth: 0', async () => {
    const { o, base, head } = prRepo(2);
    const ws = checkoutRef(o, 'refs/heads/feature');
    git(ws, ['remote', 'set-url', 'origin', path.join(o.dir, 'gone.git')]);
    const err = await ensureRange(new Git(ws), base, head, { log: () => {} }).catch((e) => e);
    expect(err).toBeInstanceOf(GitError);
    expect(err.message).toContain(FETCH_DEPTH_HINT);
    expect(err.message.split('\n')).toHaveLength(1);
  });

  test('a full clone fetches a missing commit by sha; an unknown one is a GitError', async () => {
    const { o, head } = prRepo(2);
    const ws = o.clone({ branch: 'main' });
    git(ws, ['update-ref', '-d', 'refs/remotes/origin/feature']);
    git(ws, ['reflog', 'expire', '--expire=now', '--all']);
    git(ws, ['gc', '-q', '--prune=now']);
    expect(await rangeComplete(new Git(ws), 'HEAD', head)).toBe(false);
    await ensureRange(new Git(ws), o.sha('main'), head, { log: () => {} });
    expect(await rangeComplete(new Git(ws), o.sha('main'), head)).toBe(true);
    const err = await ensureRange(new Git(ws), 'c'.repeat(40), head, { log: () => {} }).catch((e) => e);
    expect(err).toBeInstanceOf(GitError);
    expect(err.message).toMatch(/cccccccc+ is not in the checkout and could not be fetched from origin/);
  });

  test('the default branch tip is fetched for a new branch; an audit unshallows', async () => {
    const { o } = prRepo(2);
    const ws = checkoutRef(o, 'refs/heads/feature');
    expect(await defaultBranchTip(new Git(ws), 'main', { log: () => {} })).toBe(o.sha('main'));
    expect(await defaultBranchTip(new Git(ws), 'trunk', { log: () => {} })).toBeUndefined();
    await ensureFullHistory(new Git(ws), { log: () => {} });
    expect(await new Git(ws).isShallow()).toBe(false);
  });
});

// ------------------------------------------------------------------------- summary, masks, fixes

/** A stand-in value the summary must never show. */
const NEVER_SHOWN = ['not', 'printed', 'x'.repeat(8)].join('-');

describe('summary, masks and fix commands', () => {
  const row = (over: Partial<Row> & { file: string; status: Row['status'] }): Row => ({
    finding: {
      ruleId: 'k8s-secret-plaintext',
      severity: 'error',
      message: 'm',
      file: over.file,
      line: 8,
      column: 3,
      endLine: 8,
      endColumn: 9,
      secret: NEVER_SHOWN,
      fingerprint: 'fp',
      fix: ['seal', 'external'],
      resource: { kind: 'Secret', name: 'db', namespace: 'prod', key: 'password' },
      offset: { start: 120, end: 126 },
    },
    status: over.status,
    introduced: { sha: 'd'.repeat(40), author: 'Dev', date: '2024-01-01T00:00:00Z' },
    at: { file: over.file, line: 8, column: 3, endLine: 8, endColumn: 9, sha: 'e'.repeat(40) },
  });

  test('the table links file:line to the commit, escapes file names, and says live or rotate', () => {
    summary.emptyBuffer();
    const rows = [row({ file: 'k8s/<img src=x>.yaml', status: 'live' }), row({ file: 'k8s/old.yaml', status: 'rotate' })];
    renderSummary({
      rows,
      scope: 'pull_request #7: 1234567..89abcde',
      commits: 3,
      files: 4,
      skipped: [{ file: 'big.bin', reason: 'larger than 10 bytes' }],
      showFix: true,
      fix: planFixes(rows, { seal: { cert: 'https://certs.example/pub.pem' } }),
      links: { server: 'https://github.com', repository: 'acme/infra' },
      rotateWhere: 'an intermediate commit',
    });
    const html = summary.stringify();
    summary.emptyBuffer();
    expect(html).toContain('<h2>sealgate: 2 blocking findings</h2>');
    expect(html).toContain('3 commits, 4 files');
    expect(html).not.toContain('<img');
    expect(html).toContain(`<a href="https://github.com/acme/infra/blob/${'e'.repeat(40)}/k8s/%3Cimg%20src%3Dx%3E.yaml#L8">k8s/&#60;img src=x&#62;.yaml:8</a>`);
    expect(html).toContain(`<a href="https://github.com/acme/infra/commit/${'d'.repeat(40)}">ddddddd</a>`);
    expect(html).toContain('<td>still present at head</td>');
    expect(html).toContain('<td>rotate: only in an intermediate commit</td>');
    expect(html).toContain('Secret prod/db key password');
    expect(html).toContain('sealgate fix --seal --cert https://certs.example/pub.pem -- &#39;k8s/&#60;img src=x&#62;.yaml&#39;');
    expect(html).toContain('<code>big.bin</code>: larger than 10 bytes');
    expect(html).not.toContain(NEVER_SHOWN);
  });

  test('fix commands: seal by default, external when only a store is configured, manual otherwise', () => {
    const live = row({ file: 'k8s/db.yaml', status: 'live' });
    expect(planFixes([live], {}).commands).toEqual(['kubeseal --fetch-cert > pub-cert.pem', 'sealgate fix --seal --cert pub-cert.pem -- k8s/db.yaml']);
    expect(planFixes([live], { external: { store: 'vault', storeKind: 'ClusterSecretStore' } }).commands).toEqual([
      'sealgate fix --external --store vault --store-kind ClusterSecretStore -- k8s/db.yaml',
    ]);
    const token = { ...live, finding: { ...live.finding, fix: undefined } };
    expect(planFixes([token], {})).toMatchObject({ commands: [], manual: ['k8s/db.yaml'] });
    expect(planFixes([row({ file: 'x.yaml', status: 'rotate' })], {})).toMatchObject({ commands: [], rotate: ['ddddddd'] });
  });

  test('each secret is masked as itself, line by line, and in base64', () => {
    const pem = ['-----BEGIN PRIVATE KEY-----', 'MIIE' + 'q'.repeat(20), '-----END PRIVATE KEY-----'].join('\n');
    const forms = maskForms(pem);
    expect(forms).toContain(pem);
    expect(forms).toContain('MIIE' + 'q'.repeat(20));
    expect(forms).toContain(Buffer.from(pem).toString('base64'));
    expect(forms).not.toContain('-----BEGIN PRIVATE KEY-----'); // armour is public, and shown by the masked form
    expect(maskForms('abc')).toEqual(['YWJj']);
    // A data: value is reported as written; its decoded plaintext is masked too.
    const plain = 'Pw' + 'k'.repeat(10);
    expect(maskForms(Buffer.from(plain).toString('base64'))).toContain(plain);
    expect(maskForms('notbase64!')).toHaveLength(3);
  });

  test('the leak guard scrubs text it builds and refuses files that would hold a secret', () => {
    const secret = 'ghp_' + randomAlnum(36);
    const short = 'hunter2';
    const base = row({ file: 'a.env', status: 'live' }).finding;
    const guard = new LeakGuard([{ ...base, secret }, { ...base, secret: short }]);
    expect(guard.scrub(`token ${secret} here`)).toBe('token ghp_******** here');
    expect(() => guard.assertClean(`{"x":"${Buffer.from(secret).toString('base64')}"}`, 'out.sarif')).toThrow(/refusing to write out\.sarif: it would contain a secret value/);
    expect(() => guard.assertClean('{"secret":"ghp_********"}', 'out.sarif')).not.toThrow();
    // Short values such as passwords that are also ordinary words are left to the runner's masking.
    expect(() => guard.assertClean('hunter2 is a word here', 'summary')).not.toThrow();
  });

  test('GITHUB_OUTPUT blocks and INPUT_ names parse as the toolkit writes them', () => {
    expect(parseOutputs('findings<<ghadelimiter_1\n2\nghadelimiter_1\nsarif-file<<d\n/x/y.sarif\nd\n')).toEqual({ findings: '2', 'sarif-file': '/x/y.sarif' });
    expect(inputVar('fail-on-findings')).toBe('INPUT_FAIL-ON-FINDINGS');
    expect(inputVar('sarif file')).toBe('INPUT_SARIF_FILE');
  });
});

// ----------------------------------------------------------------- the bundle, as the runner runs it

/** Every output channel of a run: what the runner prints (add-mask commands are consumed), writes and uploads. */
function published(r: ActionRun): string {
  return [r.printed, r.stderr, r.summary, JSON.stringify(r.outputs), r.sarif ?? ''].join('\n');
}

function expectNoLeak(r: ActionRun, secrets: string[]): void {
  const all = published(r);
  for (const s of secrets) {
    expect(all).not.toContain(s);
    expect(all).not.toContain(Buffer.from(s).toString('base64').replace(/=+$/, ''));
  }
}

/** Annotation lines, as the runner reads them from stdout. */
function annotations(stdout: string, level = 'error'): string[] {
  return stdout.split('\n').filter((l) => l.startsWith(`::${level} `) || l.startsWith(`::${level}::`));
}

function summaryRows(summaryHtml: string): string[] {
  return [...summaryHtml.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => m[1]!).slice(1);
}

describe('the bundled Action, run as the runner runs it', () => {
  test('pull request: every commit scanned from a depth-1 merge checkout; live and rotate findings annotated, summarised, in SARIF', async () => {
    const o = new Origin();
    o.commit({ 'k8s/web.yaml': DEPLOYMENT }, 'web');
    o.push('main');
    o.checkout('feature', true);
    const live = fakePassword();
    const gone = fakePassword();
    const c1 = o.commit({ 'k8s/db.yaml': secretDataManifest('db', 'prod', 'password', live) }, 'db secret');
    const c2 = o.commit({ 'k8s/tmp.yaml': secretManifest('tmp', 'prod', 'token', gone) }, 'temporary token');
    const head = o.commit({ 'k8s/tmp.yaml': null, 'k8s/web.yaml': DEPLOYMENT + '  # scaled\n' }, 'remove the token');
    o.checkout('main');
    const base = o.commit({ 'README.md': 'infra\n' }, 'main moves on');
    o.push('main', 'feature');
    pushMergeRef(o, base, head);
    const ws = checkoutRef(o, 'refs/pull/7/merge');

    const r = await runAction({ workspace: ws, eventName: 'pull_request', payload: pullRequestPayload({ base, head, commits: 3 }) });

    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const errors = annotations(r.stdout);
    expect(errors).toHaveLength(3); // two findings and the failed step
    expect(errors[0]).toMatch(/^::error title=k8s-secret-plaintext,file=k8s\/db\.yaml,line=8,endLine=8,col=\d+,endColumn=\d+::Secret prod\/db .*still present at head.*Fix: sealgate fix --seal --cert pub-cert\.pem -- k8s\/db\.yaml/);
    expect(errors[1]).toMatch(new RegExp(`^::error title=k8s-secret-plaintext,file=k8s/tmp\\.yaml,line=8,endLine=8,col=\\d+,endColumn=\\d+::Secret prod/tmp .*rotate: added in ${c2.slice(0, 7)}`));
    expect(errors[2]).toMatch(/^::error::sealgate: 2 blocking findings/);
    expect(r.printed).toContain(`sealgate: scanned pull_request #7: ${base.slice(0, 7)}..${head.slice(0, 7)}: 3 commits`);
    expect(r.printed).toMatch(/shallow checkout: fetching/);

    // Secrets are registered with the runner before the first line about them.
    const lines = r.stdout.split('\n');
    const firstError = lines.findIndex((l) => l.startsWith('::error'));
    for (const s of [live, gone]) {
      const i = lines.indexOf(`::add-mask::${s}`);
      expect(i).toBeGreaterThan(-1);
      expect(i).toBeLessThan(firstError);
      expect(lines).toContain(`::add-mask::${Buffer.from(s).toString('base64')}`);
    }

    const rows = summaryRows(r.summary);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain(`<a href="https://github.com/acme/infra/blob/${head}/k8s/db.yaml#L8">k8s/db.yaml:8</a>`);
    expect(rows[0]).toContain(`<a href="https://github.com/acme/infra/commit/${c1}">${c1.slice(0, 7)}</a>`);
    expect(rows[0]).toContain('Secret prod/db key password');
    expect(rows[0]).toContain('still present at head');
    expect(rows[1]).toContain(`<a href="https://github.com/acme/infra/blob/${c2}/k8s/tmp.yaml#L8">k8s/tmp.yaml:8</a>`);
    expect(rows[1]).toContain('rotate: only in an intermediate commit');
    expect(r.summary).toContain('sealgate fix --seal --cert pub-cert.pem -- k8s/db.yaml');
    expect(r.summary).toContain(`Rotate: values added in <code>${c2.slice(0, 7)}</code>`);

    expect(r.outputs).toEqual({ findings: '2', warnings: '0', 'sarif-file': r.sarifPath, 'scanned-commits': '3' });
    const sarif = JSON.parse(r.sarif!);
    expect(validateSarif(sarif)).toEqual([]);
    const results = sarif.runs[0].results;
    expect(results.map((x: any) => [x.locations[0].physicalLocation.artifactLocation.uri, x.properties.commit])).toEqual([
      ['k8s/db.yaml', c1],
      ['k8s/tmp.yaml', c2],
    ]);
    expectNoLeak(r, [live, gone]);
  });

  test('content rules: a private key (a multi-line annotation, no columns) and a token in an env file; no key line leaks', async () => {
    const o = new Origin();
    const base = o.commit({ 'README.md': 'app\n' }, 'readme');
    o.push('main');
    o.checkout('feature', true);
    const pem = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const token = generate('github-pat'); // with its CRC32 tail: the rule checks it
    o.commit({ 'deploy/tls.key': pem }, 'key');
    const head = o.commit({ 'app/.env': `LOG_LEVEL=info\nGITHUB_TOKEN=${token}\n` }, 'env');
    o.push('feature');
    const ws = checkoutRef(o, 'refs/heads/feature');
    const r = await runAction({ workspace: ws, eventName: 'pull_request', payload: pullRequestPayload({ base, head, commits: 2 }) });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const errors = annotations(r.stdout);
    const key = errors.find((l) => l.includes('file=deploy/tls.key'))!;
    expect(key).toMatch(/^::error title=private-key,file=deploy\/tls\.key,line=1,endLine=[2-9]::Private key/);
    expect(key).not.toMatch(/col=/);
    expect(errors.find((l) => l.includes('file=app/.env'))).toMatch(/^::error title=github-token,file=app\/\.env,line=2,endLine=2,col=14,endColumn=54::/);
    expect(r.summary).toContain('no automatic fix: move the value out of');
    expect(validateSarif(JSON.parse(r.sarif!))).toEqual([]);
    const body = pem.split('\n').filter((l) => l && !l.startsWith('-----'));
    // The rule's match (armour and the start of the body) is what the run holds, so that is masked.
    expect(r.stdout).toContain(`::add-mask::${body[0]}`);
    expectNoLeak(r, [token, ...body]);
  });

  test('a clean pull request passes with zero findings and an empty, valid SARIF', async () => {
    const o = new Origin();
    const base = o.commit({ 'k8s/web.yaml': DEPLOYMENT }, 'web');
    o.push('main');
    o.checkout('feature', true);
    o.commit({ 'k8s/web.yaml': DEPLOYMENT.replace('replicas: 2', 'replicas: 3') }, 'scale');
    const head = o.commit({ 'k8s/cfg.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cfg}\ndata: {LOG_LEVEL: info}\n' }, 'config');
    o.push('feature');
    pushMergeRef(o, base, head);
    const ws = checkoutRef(o, 'refs/pull/7/merge');
    const r = await runAction({ workspace: ws, eventName: 'pull_request', payload: pullRequestPayload({ base, head, commits: 2 }) });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(annotations(r.stdout)).toEqual([]);
    expect(r.outputs).toEqual({ findings: '0', warnings: '0', 'sarif-file': r.sarifPath, 'scanned-commits': '2' });
    expect(r.summary).toContain('<h2>sealgate: no plaintext secrets found</h2>');
    expect(r.summary).toContain('2 commits');
    const sarif = JSON.parse(r.sarif!);
    expect(validateSarif(sarif)).toEqual([]);
    expect(sarif.runs[0].results).toEqual([]);
  });

  test('push of a new branch: only the commits not on the default branch', async () => {
    const o = new Origin();
    const old = fakePassword();
    o.commit({ 'k8s/legacy.yaml': secretManifest('legacy', 'ops', 'password', old) }, 'legacy secret on main');
    o.commit({ 'k8s/web.yaml': DEPLOYMENT }, 'web');
    o.push('main');
    o.checkout('feature', true);
    const fresh = fakePassword();
    const c1 = o.commit({ 'k8s/api.yaml': secretManifest('api', 'prod', 'apiKey', fresh) }, 'api secret');
    const after = o.commit({ 'docs/api.md': 'api\n' }, 'docs');
    o.push('feature');
    const ws = checkoutRef(o, 'refs/heads/feature');

    const r = await runAction({ workspace: ws, eventName: 'push', payload: pushPayload({ before: ZERO_SHA, after, ref: 'refs/heads/feature' }) });

    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ findings: '1', 'scanned-commits': '2' });
    const errors = annotations(r.stdout);
    expect(errors[0]).toMatch(/^::error title=k8s-secret-plaintext,file=k8s\/api\.yaml,line=8,/);
    expect(r.stdout).not.toContain('k8s/legacy.yaml');
    expect(r.printed).toContain('commits not on main');
    expect(summaryRows(r.summary)).toHaveLength(1);
    expect(summaryRows(r.summary)[0]).toContain(c1.slice(0, 7));
    expectNoLeak(r, [old, fresh]);
  });

  test('push to a branch: before..after, from a checkout in a folder; with fail-on-findings false the step passes but still reports', async () => {
    const o = new Origin();
    const before = o.commit({ 'k8s/web.yaml': DEPLOYMENT }, 'web');
    o.push('main');
    const token = fakePassword();
    const c1 = o.commit({ 'k8s/ci.yaml': secretManifest('ci', 'build', 'token', token) }, 'oops');
    const after = o.commit({ 'k8s/ci.yaml': null }, 'revert oops');
    o.push('main');
    // Checked out into a folder of the workspace (actions/checkout's `path: checkout`).
    const ws = path.dirname(checkoutRef(o, 'refs/heads/main'));

    const r = await runAction({
      workspace: ws,
      eventName: 'push',
      payload: pushPayload({ before, after, ref: 'refs/heads/main' }),
      inputs: { path: 'checkout', 'fail-on-findings': 'false', 'sarif-file': 'reports/sealgate.sarif' },
    });

    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.outputs).toEqual({ findings: '1', warnings: '0', 'sarif-file': path.join(ws, 'reports/sealgate.sarif'), 'scanned-commits': '2' });
    expect(annotations(r.stdout)).toHaveLength(1);
    expect(annotations(r.stdout)[0]).toContain(`rotate: added in ${c1.slice(0, 7)}`);
    expect(summaryRows(r.summary)[0]).toContain('rotate');
    expect(validateSarif(JSON.parse(fs.readFileSync(path.join(ws, 'reports/sealgate.sarif'), 'utf8')))).toEqual([]);
    expectNoLeak(r, [token]);
  });

  test('show-fix false leaves the commands out; a baseline input accepts a known finding', async () => {
    const o = new Origin();
    const base = o.commit({ 'k8s/web.yaml': DEPLOYMENT }, 'web');
    o.push('main');
    o.checkout('feature', true);
    const pw = fakePassword();
    const head = o.commit({ 'k8s/db.yaml': secretManifest('db', 'dev', 'password', pw) }, 'dev db');
    o.push('feature');
    const ws = checkoutRef(o, 'refs/heads/feature');
    const payload = pullRequestPayload({ base, head, commits: 1 });
    const first = await runAction({ workspace: ws, eventName: 'pull_request', payload, inputs: { 'show-fix': 'false' } });
    expect(first.code).toBe(1);
    expect(annotations(first.stdout)[0]).not.toContain('Fix:');
    expect(first.summary).not.toContain('How to fix');
    // A pull request run reads the baseline from the base commit; one the workflow writes outside the
    // repository is used as it is (with its key: fingerprints are keyed, see fingerprint.ts).
    const key = 'a1'.repeat(32);
    const accepted = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sg-')), 'accepted.json');
    fs.writeFileSync(accepted, JSON.stringify({ version: 2, tool: 'sealgate', key, fingerprints: [fingerprint('k8s-secret-plaintext', 'k8s/db.yaml', pw, key)] }));
    const second = await runAction({ workspace: ws, eventName: 'pull_request', payload, inputs: { baseline: accepted } });
    expect(second.code).toBe(0);
    expect(second.outputs).toMatchObject({ findings: '0', 'scanned-commits': '1' });
    expectNoLeak(first, [pw]);
    expectNoLeak(second, [pw]);
  });

  test('a forced push whose old tip is gone from the remote scans the commits not on the default branch', async () => {
    const o = new Origin();
    o.commit({ 'k8s/web.yaml': DEPLOYMENT }, 'web');
    o.push('main');
    o.checkout('feature', true);
    const before = o.commit({ 'docs/a.md': 'a\n' }, 'to be rewritten');
    o.push('feature');
    git(o.work, ['reset', '-q', '--hard', 'main']);
    const token = fakePassword();
    const after = o.commit({ 'k8s/job.yaml': secretManifest('job', 'batch', 'token', token) }, 'rewritten');
    o.push('feature');
    git(o.bare, ['reflog', 'expire', '--expire=now', '--all']);
    git(o.bare, ['gc', '-q', '--prune=now']);
    const ws = checkoutRef(o, 'refs/heads/feature');
    const r = await runAction({ workspace: ws, eventName: 'push', payload: pushPayload({ before, after, ref: 'refs/heads/feature', forced: true }) });
    expect(r.stderr).toBe('');
    expect(r.printed).toContain(`${before.slice(0, 7)} (before the forced push) cannot be fetched; scanning the commits not on main`);
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ findings: '1', 'scanned-commits': '1' });
    expect(annotations(r.stdout)[0]).toMatch(/^::error title=k8s-secret-plaintext,file=k8s\/job\.yaml,line=8,/);
    expectNoLeak(r, [token]);
  });

  test('base and head inputs by branch name, on an event without a range, in a shallow checkout', async () => {
    const o = new Origin();
    o.commit({ 'k8s/web.yaml': DEPLOYMENT }, 'web');
    o.push('main');
    o.checkout('release', true);
    const key = fakePassword();
    o.commit({ 'k8s/cache.yaml': secretManifest('cache', 'prod', 'password', key) }, 'cache');
    o.commit({ 'docs/r.md': 'r\n' }, 'notes');
    o.push('release');
    const ws = checkoutRef(o, 'refs/heads/release');
    const r = await runAction({ workspace: ws, eventName: 'workflow_dispatch', payload: { inputs: {} }, inputs: { base: 'main', head: 'release', mode: 'range' } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ findings: '1', 'scanned-commits': '2' });
    expect(r.printed).toContain('sealgate: scanned the base and head inputs: main..release: 2 commits');
    expectNoLeak(r, [key]);
  });

  test('workflow_dispatch audits the whole history of a shallow checkout (unshallowed first)', async () => {
    const o = new Origin();
    const live = fakePassword();
    const gone = fakePassword();
    o.commit({ 'k8s/db.yaml': secretManifest('db', 'prod', 'password', live) }, 'db');
    const c2 = o.commit({ 'k8s/old.yaml': secretManifest('old', 'prod', 'token', gone) }, 'old');
    o.commit({ 'k8s/old.yaml': null }, 'rm old');
    o.commit({ 'k8s/web.yaml': DEPLOYMENT }, 'web');
    o.push('main');
    const ws = checkoutRef(o, 'refs/heads/main');
    const r = await runAction({ workspace: ws, eventName: 'workflow_dispatch', payload: { inputs: {}, ref: 'refs/heads/main' } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ findings: '2', 'scanned-commits': '4' });
    const rows = summaryRows(r.summary);
    expect(rows.find((x) => x.includes('k8s/db.yaml'))).toContain('still present at head');
    expect(rows.find((x) => x.includes('k8s/old.yaml'))).toContain('rotate: only in the history');
    expect(rows.find((x) => x.includes('k8s/old.yaml'))).toContain(c2.slice(0, 7));
    expectNoLeak(r, [live, gone]);
  });

  test('a shallow checkout whose commits cannot be fetched fails (exit 2) and says to set fetch-depth: 0', async () => {
    const o = new Origin();
    const base = o.commit({ 'a.txt': '1\n' }, 'one');
    o.push('main');
    o.checkout('feature', true);
    o.commit({ 'b.txt': '1\n' }, 'two');
    const head = o.commit({ 'c.txt': '1\n' }, 'three');
    o.push('feature');
    const ws = checkoutRef(o, 'refs/heads/feature');
    fs.rmSync(o.bare, { recursive: true, force: true });
    const r = await runAction({ workspace: ws, eventName: 'pull_request', payload: pullRequestPayload({ base, head }) });
    expect(r.code).toBe(2);
    const failed = annotations(r.stdout);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatch(/^::error::.*shallow.*Set `fetch-depth: 0` on the actions\/checkout step/);
    expect(r.outputs).toEqual({});
  });

  test('a deleted branch has nothing to scan and passes, still writing a valid SARIF', async () => {
    const o = new Origin();
    const before = o.commit({ 'a.txt': '1\n' }, 'one');
    o.push('main');
    const ws = o.clone();
    const r = await runAction({ workspace: ws, eventName: 'push', payload: pushPayload({ before, after: ZERO_SHA, ref: 'refs/heads/gone' }) });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ findings: '0', 'scanned-commits': '0' });
    expect(r.summary).toContain('nothing to scan');
    expect(validateSarif(JSON.parse(r.sarif!))).toEqual([]);
  });

  test('bad inputs and payloads fail the step with one clear line, exit 2', async () => {
    const o = new Origin();
    const sha = o.commit({ 'a.txt': '1\n' }, 'one');
    o.push('main');
    const ws = o.clone();
    const mode = await runAction({ workspace: ws, eventName: 'push', payload: pushPayload({ before: sha, after: sha, ref: 'refs/heads/main' }), inputs: { mode: 'sideways' } });
    expect(mode.code).toBe(2);
    expect(annotations(mode.stdout)).toEqual([`::error::sealgate: the mode input must be one of auto, range, audit (got 'sideways')`]);
    const bool = await runAction({ workspace: ws, eventName: 'push', payload: pushPayload({ before: sha, after: sha, ref: 'refs/heads/main' }), inputs: { 'fail-on-findings': 'yes' } });
    expect(bool.code).toBe(2);
    expect(bool.stdout).toContain("::error::sealgate: the fail-on-findings input must be true or false (got 'yes')");
    const payload = await runAction({ workspace: ws, eventName: 'pull_request', payload: { pull_request: { base: { sha } } } });
    expect(payload.code).toBe(2);
    expect(payload.stdout).toMatch(/::error::.*event\.json: pull_request event without a valid pull_request\.head\.sha/);
    const notRepo = await runAction({ workspace: path.dirname(o.work), eventName: 'workflow_dispatch', payload: {} });
    expect(notRepo.code).toBe(2);
    expect(notRepo.stdout).toMatch(/::error::.* is not a git repository .*run actions\/checkout before sealgate/);
    const config = await runAction({ workspace: ws, eventName: 'workflow_dispatch', payload: {}, inputs: { config: 'missing.yaml' } });
    expect(config.code).toBe(2);
    expect(config.stdout).toMatch(/::error::.*missing\.yaml/);
  });
});

// ------------------------------------------------------------------------- action.yml and its docs

describe('action.yml', () => {
  const yml = load(fs.readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as any;
  const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const page = fs.readFileSync(path.join(REPO_ROOT, 'docs/action.md'), 'utf8');
  const INPUTS = ['path', 'config', 'baseline', 'mode', 'base', 'head', 'sarif-file', 'fail-on-findings', 'show-fix'];
  const OUTPUTS = ['findings', 'warnings', 'sarif-file', 'scanned-commits'];

  test('runs the bundle on node24 with the documented inputs, defaults and outputs', () => {
    expect(yml.runs).toEqual({ using: 'node24', main: 'dist/action.js' });
    expect(yml.branding).toMatchObject({ icon: expect.any(String), color: expect.any(String) });
    expect(Object.keys(yml.inputs)).toEqual(INPUTS);
    expect(Object.keys(yml.outputs)).toEqual(OUTPUTS);
    expect(Object.fromEntries(INPUTS.map((k) => [k, yml.inputs[k].default]))).toEqual({
      path: '.', config: '', baseline: '', mode: 'auto', base: '', head: '', 'sarif-file': 'sealgate.sarif', 'fail-on-findings': 'true', 'show-fix': 'true',
    });
    for (const k of INPUTS) expect(typeof yml.inputs[k].description).toBe('string');
  });

  test('docs/action.md documents every input and output; it and the README show a complete workflow', () => {
    for (const k of [...INPUTS, ...OUTPUTS]) expect(page).toContain(`| \`${k}\` |`);
    for (const doc of [readme, page]) {
      expect(doc).toMatch(/fetch-depth: 0/);
      expect(doc).toMatch(/upload-sarif@v\d[\s\S]*if: \$\{\{ always\(\)/);
    }
    const own = load(fs.readFileSync(path.join(REPO_ROOT, '.github/workflows/sealgate.yml'), 'utf8')) as any;
    const steps = own.jobs.sealgate.steps;
    expect(steps[0]).toMatchObject({ uses: expect.stringMatching(/^actions\/checkout@/), with: { 'fetch-depth': 0 } });
    expect(steps[1]).toMatchObject({ uses: './' });
    expect(steps[2].uses).toMatch(/^github\/codeql-action\/upload-sarif@/);
    expect(steps[2].if).toContain('always()');
  });
});
