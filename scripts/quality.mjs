#!/usr/bin/env node
// `npm run quality`: how trustworthy are sealgate's verdicts on real repositories?
// Runs the built CLI over local copies of public repositories (nothing is downloaded, nothing from
// them is committed) and scores its blocking findings against quality/labels.json, which people wrote
// by reading every finding: file, line, TP/FP/MISS and a one-word reason, never the value.
//
//   npm run quality                         every repository of the labels file found under
//                                           $SEALGATE_REALWORLD (folders separated by ':', default /work/realworld)
//   npm run quality -- DIR [DIR...]         these trees (labels are looked up by the folder name owner+name)
//   npm run quality -- --unlabeled          also list blocking findings nobody labelled yet
//   npm run quality -- --json               machine-readable result
//
// A label matches a finding when it names the same file and the finding's line, or else a line
// inside the value the finding spans (a key's line versus the first line of a block scalar). Precision = TP / (TP + FP) over blocking findings that have a
// label; unlabelled blocking findings are counted apart so that they get read. Recall = real
// credentials (TP and MISS labels) that a blocking finding now covers / all of them.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'dist', 'bin.js');
const labelsFile = join(root, 'quality', 'labels.json');

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const dirs = args.filter((a) => !a.startsWith('--'));
// One or more folders (separated by ':') holding the exported trees as <owner>+<name>/.
const roots = (process.env.SEALGATE_REALWORLD || '/work/realworld').split(':').filter(Boolean);

/** @type {{repo: string, commit?: string, heldOut?: boolean, items: {file: string, line: number, label: 'TP'|'FP'|'MISS', reason: string, rule?: string}[]}[]} */
const labels = JSON.parse(readFileSync(labelsFile, 'utf8'));
const byFolder = new Map(labels.map((r) => [r.repo.replace('/', '+'), r]));

const targets = dirs.length
  ? dirs.map((d) => resolve(d))
  : labels.flatMap((r) => {
      const folder = r.repo.replace('/', '+');
      const found = roots.map((root) => join(root, folder)).find((d) => existsSync(d));
      if (found) return [found];
      console.error(`quality: ${folder} not found under ${roots.join(':')} (set SEALGATE_REALWORLD or pass folders); skipped`);
      return [];
    });
if (targets.length === 0) {
  console.error('quality: no repository to scan');
  process.exit(2);
}

function treeStats(dir) {
  let files = 0;
  let bytes = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name === '.git' || e.name === 'node_modules') continue;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        files++;
        bytes += statSync(p).size;
      }
    }
  };
  walk(dir);
  return { files, bytes };
}

function covers(f, l) {
  return f.file === l.file && l.line >= f.line && l.line <= (f.endLine ?? f.line);
}

/** The labels of a finding: the one on its own line, else those inside the value it spans. */
function labelsOf(f, items) {
  const exact = items.filter((l) => l.file === f.file && l.line === f.line);
  return exact.length ? exact : items.filter((l) => covers(f, l));
}

const rows = [];
const unlabeled = [];
for (const dir of targets) {
  const folder = basename(dir);
  const set = byFolder.get(folder);
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [bin, 'scan', dir, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0 && run.status !== 1) {
    console.error(`quality: ${folder}: sealgate exited ${run.status}\n${run.stderr.slice(0, 2000)}`);
    process.exit(2);
  }
  const report = JSON.parse(run.stdout);
  const fallback = new Set();
  for (const line of run.stderr.split('\n')) {
    const m = /^sealgate: warning: (.+?): .*(?:scanned as text|fell back to text)/.exec(line);
    if (m) fallback.add(m[1]);
  }
  const blocking = report.findings.filter((f) => f.severity === 'error');
  const warnings = report.findings.filter((f) => f.severity === 'warning').length;
  const items = set?.items ?? [];
  let tp = 0;
  let fp = 0;
  let unknown = 0;
  for (const f of blocking) {
    const hit = labelsOf(f, items);
    if (hit.some((l) => l.label === 'TP' || l.label === 'MISS')) tp++;
    else if (hit.some((l) => l.label === 'FP')) fp++;
    else {
      unknown++;
      unlabeled.push({ repo: set?.repo ?? folder, file: f.file, line: f.line, rule: f.ruleId, message: f.message });
    }
  }
  const real = items.filter((l) => l.label === 'TP' || l.label === 'MISS');
  const found = real.filter((l) => blocking.some((f) => covers(f, l)));
  const missed = real.filter((l) => !blocking.some((f) => covers(f, l)));
  const { files, bytes } = treeStats(dir);
  rows.push({
    repo: set?.repo ?? folder,
    heldOut: !!set?.heldOut,
    files,
    mb: bytes / 1e6,
    seconds,
    blocking: blocking.length,
    warnings,
    fallback: fallback.size,
    tp,
    fp,
    unlabeled: unknown,
    precision: tp + fp ? tp / (tp + fp) : undefined,
    found: found.length,
    real: real.length,
    recall: real.length ? found.length / real.length : undefined,
    missed: missed.map((l) => `${l.file}:${l.line} (${l.reason})`),
  });
}

const pct = (x) => (x === undefined ? '-' : `${(x * 100).toFixed(1)}%`);
function total(list, name) {
  const s = (k) => list.reduce((a, r) => a + r[k], 0);
  const tp = s('tp');
  const fp = s('fp');
  return {
    repo: name, files: s('files'), mb: s('mb'), seconds: s('seconds'), blocking: s('blocking'), warnings: s('warnings'),
    fallback: s('fallback'), tp, fp, unlabeled: s('unlabeled'), precision: tp + fp ? tp / (tp + fp) : undefined,
    found: s('found'), real: s('real'), recall: s('real') ? s('found') / s('real') : undefined, missed: [],
  };
}
const dev = rows.filter((r) => !r.heldOut);
const held = rows.filter((r) => r.heldOut);
const totals = [];
if (dev.length) totals.push(total(dev, 'total (development set)'));
if (held.length) totals.push(total(held, 'total (held-out set)'));

if (flags.has('--json')) {
  console.log(JSON.stringify({ rows, totals, unlabeled }, null, 2));
} else {
  const head = ['repository', 'files', 'MB', 'time', 'blocking', 'warnings', 'text fallback', 'TP', 'FP', 'unlabelled', 'precision', 'recall'];
  const line = (r) => [r.repo + (r.heldOut ? ' (held out)' : ''), r.files, r.mb.toFixed(1), `${r.seconds.toFixed(1)}s`, r.blocking, r.warnings, r.fallback, r.tp, r.fp, r.unlabeled, pct(r.precision), r.recall === undefined ? '-' : `${pct(r.recall)} (${r.found}/${r.real})`];
  console.log(`| ${head.join(' | ')} |`);
  console.log(`|${head.map(() => '---').join('|')}|`);
  for (const r of [...rows, ...totals]) console.log(`| ${line(r).join(' | ')} |`);
  const misses = rows.flatMap((r) => r.missed.map((m) => `${r.repo}: ${m}`));
  if (misses.length) console.log(`\nReal credentials not blocked (${misses.length}):\n${misses.map((m) => `  ${m}`).join('\n')}`);
  if (unlabeled.length) {
    console.log(`\nBlocking findings without a label: ${unlabeled.length}${flags.has('--unlabeled') ? '' : ' (list them with --unlabeled)'}`);
    if (flags.has('--unlabeled')) for (const u of unlabeled) console.log(`  ${u.repo} ${u.file}:${u.line} ${u.rule}: ${u.message}`);
  }
}
