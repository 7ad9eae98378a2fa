#!/usr/bin/env node
// `npm run bench`: sealgate's speed, memory and quality next to secretlint, git grep, ripgrep and
// git-secrets, on corpora from ../shared/bench/make-corpus.mjs. Not part of `npm test`: timings
// belong here, never in assertions. Writes bench/results/<date>.json and bench/RESULTS.md.
//
//   npm run bench -- [--only hook,audit,history,seal,memory,adversarial] [--quick] [--runs N]
//                    [--no-build] [--bound-ms 2000] [--no-write] [--render RESULTS_JSON]
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { ensureCli, ROOT } from './lib/cli.mjs';
import { ensureCorpus } from './lib/corpora.mjs';
import { machine, machineLine } from './lib/machine.mjs';
import { grepPatterns } from './lib/patterns.mjs';
import { AVAILABLE } from './lib/peers.mjs';
import { HAVE_GNU_TIME, SKIP } from './lib/proc.mjs';
import { renderMarkdown, speedTargets, targets } from './lib/report.mjs';
import { adversarialSection } from './lib/sections/adversarial.mjs';
import { auditSection } from './lib/sections/audit.mjs';
import { historySection } from './lib/sections/history.mjs';
import { hookSection } from './lib/sections/hook.mjs';
import { memorySection } from './lib/sections/memory.mjs';
import { sealSection } from './lib/sections/seal.mjs';

const SECTIONS = ['hook', 'audit', 'history', 'seal', 'memory', 'adversarial'];
const HELP = `Usage: npm run bench -- [options]

  --only LIST      comma-separated subset of: ${SECTIONS.join(', ')} (default: all)
  --quick          smoke run: small corpora, one measured run each, 128 KB adversarial inputs
  --runs N         measured runs per tool after the warm-up (default 21 for the hook, 5 on small inputs, 3 on large;
                   audits with --baseline: 9 and 5)
  --bound-ms MS    time bound for one adversarial input (default 2000)
  --no-build       use dist/bin.js as it is instead of running npm run build
  --no-write       print only; do not write bench/results/ or bench/RESULTS.md
  --skip TOOLS     comma-separated tools to leave out (e.g. "git grep -E,git-secrets": the slow peers)
  --baseline DIR   also measure an older sealgate checkout (its dist/bin.js) in the hook and audit
                   tables, e.g. a git worktree of the commit before the provider rules (issues 12, 13)
  --render FILE    measure nothing: rewrite bench/RESULTS.md from a saved bench/results/*.json
                   (after editing bench/NOTES.md, the analysis appended to it)
  -h, --help       this help
`;

let opts;
try {
  opts = parseArgs({
    options: {
      only: { type: 'string' },
      quick: { type: 'boolean' },
      runs: { type: 'string' },
      'bound-ms': { type: 'string' },
      'no-build': { type: 'boolean' },
      'no-write': { type: 'boolean' },
      render: { type: 'string' },
      skip: { type: 'string' },
      baseline: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  }).values;
} catch (e) {
  process.stderr.write(`bench: ${e.message}\n${HELP}`);
  process.exit(2);
}
if (opts.help) {
  process.stdout.write(HELP);
  process.exit(0);
}
const notesFile = path.join(ROOT, 'bench/NOTES.md');
const readNotes = () => (existsSync(notesFile) ? readFileSync(notesFile, 'utf8') : '');
if (opts.render) {
  const saved = JSON.parse(readFileSync(opts.render, 'utf8'));
  writeFileSync(path.join(ROOT, 'bench/RESULTS.md'), renderMarkdown(saved, readNotes()));
  process.stderr.write(`bench/RESULTS.md rewritten from ${opts.render}\n`);
  process.exit(0);
}
const only = opts.only ? opts.only.split(',').map((s) => s.trim()).filter(Boolean) : SECTIONS;
const unknown = only.filter((s) => !SECTIONS.includes(s));
if (unknown.length) {
  process.stderr.write(`bench: unknown section(s) ${unknown.join(', ')}; choose from ${SECTIONS.join(', ')}\n`);
  process.exit(2);
}
const quick = Boolean(opts.quick);
for (const name of (opts.skip ?? '').split(',').map((s) => s.trim()).filter(Boolean)) SKIP.add(name);
const runsOpt = opts.runs !== undefined ? Number(opts.runs) : undefined;
if (runsOpt !== undefined && !(Number.isInteger(runsOpt) && runsOpt >= 1)) {
  process.stderr.write('bench: --runs takes a whole number >= 1\n');
  process.exit(2);
}
const boundMs = opts['bound-ms'] !== undefined ? Number(opts['bound-ms']) : 2000;
const runs = (small) => runsOpt ?? (quick ? 1 : small ? 5 : 3);
// With --baseline the audit rows decide issue verdicts by the median of the rounds' ratios; three
// rounds let one disturbed round (this machine's speed drifts by 20% from minute to minute) swing
// the verdict, so the audits then run 9 rounds on the small corpus and 5 on the large one.
const auditRuns = (small) => runsOpt ?? (quick ? 1 : baseline ? (small ? 9 : 5) : runs(small));

const t0 = Date.now();
const log = (s) => process.stderr.write(`${s}\n`);
const m = machine();
log(`sealgate benchmark on ${machineLine(m)}`);

const cli = await ensureCli({ rebuild: !opts['no-build'], log });
log(`sealgate under test: ${cli.note}`);
// Hooks run the package's bin (node_modules/.bin/sealgate): the CommonJS launcher next to bin.js.
const hookBin = existsSync(cli.bin.replace(/bin\.js$/, 'bin.cjs')) ? cli.bin.replace(/bin\.js$/, 'bin.cjs') : cli.bin;
const baseline = opts.baseline ? baselineCli(path.resolve(opts.baseline)) : undefined;
if (baseline) log(`baseline: ${baseline.name} (${baseline.bin})`);
const patterns = grepPatterns();
const notes = [];
notes.push(`grep floor: ${patterns.list.length} patterns, one per core rule (rules/*.yaml: ${patterns.source === 'rules' ? "content rules' \`pattern\`, manifest rules' keywords" : 'a representative list: rules/ had no content rule yet'}; not the 221 provider rules' patterns, with which ripgrep 13 reads the 2,000-file corpus at about 3 MB/s, its lazy DFA overwhelmed by the alternation), translated from JavaScript to POSIX ERE for git grep -E and git-secrets and to Rust's syntax for ripgrep (brackets differ); git grep -P gets the JavaScript sources. git grep runs with LC_ALL=C (the corpus is ASCII; glibc's regex is about 3x slower in a UTF-8 locale).`);
notes.push(`ERE approximations, each matching the same or more lines: bounded repetitions {m,n} opened to {m,} (glibc expands bounds into copies of the automaton: the rules' {10,8192} alone made git grep -E 25x slower); (?<!C) and (?!C) written as (^|[^C]) and ([^C]|$); the atomic idiom (?=(X))\\1 inlined as X${patterns.notes.length ? `; other lookarounds dropped in ${patterns.notes.map((n) => n.split(':')[0]).join(', ')}` : ''}.`);
if (!AVAILABLE.rg) notes.push('ripgrep not installed (Debian: apt-get install ripgrep): not measured.');
if (!AVAILABLE.gitSecrets) notes.push('git-secrets not installed (Debian: apt-get install git-secrets): not measured.');
if (SKIP.size) notes.push(`Left out of this run (--skip): ${[...SKIP].join(', ')}.`);
if (!HAVE_GNU_TIME) notes.push('GNU time (/usr/bin/time) missing: no peak RSS.');
notes.push('Not measured: gitleaks and trufflehog (no native binary can be installed on this machine; the WebAssembly gitleaks build is single-threaded and not a dependency here).');

if (hookBin !== cli.bin) notes.push(`The hook rows run the package's \`bin\`, ${path.relative(ROOT, hookBin)} (what node_modules/.bin/sealgate runs); the other tables run ${path.relative(ROOT, cli.bin)}.`);
if (baseline) notes.push(`\`${baseline.name}\`: ${baseline.describe}, measured in the same interleaved rounds (its own dist/, unchanged).`);
const loadAtStart = os.loadavg();

const results = { machine: m, cli: cli.note, quick, notes, patterns: { source: patterns.source, count: patterns.list.length }, ...(baseline ? { baseline: baseline.name } : {}) };
const want = (s) => only.includes(s);

// Corpora: built once (deterministic), reused afterwards.
const names = new Set();
if (want('hook')) (quick ? ['c2k-h200', 'c2k'] : ['c20k-h2k', 'c2k']).forEach((n) => names.add(n));
if (want('audit')) (quick ? ['c2k'] : ['c2k', 'c20k']).forEach((n) => names.add(n));
if (want('history')) names.add(quick ? 'c2k-h200' : 'c20k-h2k');
if (want('memory')) names.add(quick ? 'c2k' : 'c100k');
const corpora = {};
for (const n of names) corpora[n] = ensureCorpus(n, log);

try {
  if (want('hook')) results.hook = hookSection({ corpora: (quick ? ['c2k-h200', 'c2k'] : ['c20k-h2k', 'c2k']).map((n) => corpora[n]), bin: hookBin, baseline, patterns, runs: runsOpt ?? (quick ? 1 : 21), log });
  if (want('audit')) {
    results.audit = {};
    for (const n of quick ? ['c2k'] : ['c2k', 'c20k']) Object.assign(results.audit, auditSection({ corpora: [corpora[n]], bin: cli.bin, baseline, patterns, runs: auditRuns(n === 'c2k'), log }));
  }
  if (want('history')) results.history = historySection({ corpus: corpora[quick ? 'c2k-h200' : 'c20k-h2k'], bin: cli.bin, runs: runs(false), log });
  if (want('seal')) results.seal = await sealSection({ runs: quick ? 1 : 3, quick, log });
  if (want('memory')) results.memory = memorySection({ corpus: corpora[quick ? 'c2k' : 'c100k'], bin: cli.bin, patterns, runs: 1, log });
  if (want('adversarial')) results.adversarial = adversarialSection({ bin: cli.bin, size: quick ? 128 * 1024 : 1 << 20, boundMs, log });
} catch (e) {
  log(`bench: ${e.stack ?? e}`);
  results.error = String(e.message ?? e);
}
results.durationS = (Date.now() - t0) / 1000;
results.load = { start: loadAtStart.map((x) => Number(x.toFixed(2))), end: os.loadavg().map((x) => Number(x.toFixed(2))) };

const md = renderMarkdown(results, readNotes());
process.stdout.write(`\n${md}\n`);
if (!opts['no-write']) {
  const dir = path.join(ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const stamp = m.date.replace(/[:]/g, '-');
  writeFileSync(path.join(dir, `${stamp}${quick ? '-quick' : ''}.json`), JSON.stringify(results, null, 1) + '\n');
  // RESULTS.md carries the last full run; a --quick or partial run does not overwrite it.
  if (!quick && only.length === SECTIONS.length && !results.error) writeFileSync(path.join(ROOT, 'bench/RESULTS.md'), md);
  else log(`(bench/RESULTS.md kept: only a full run replaces it; this run is in bench/results/${stamp}${quick ? '-quick' : ''}.json)`);
}
for (const t of speedTargets(results)) log(`${t.met ? 'met    ' : 'not met'}  ${t.target}: ${t.measured}`);
const unmet = targets(results).filter((t) => t.met === false);
log(`done in ${results.durationS.toFixed(0)} s; ${unmet.length ? `${unmet.length} target(s) not met` : 'all measured targets met'}`);
process.exitCode = results.error ? 2 : 0;

/** An older checkout of sealgate to measure alongside (its checked-in dist/bin.js). */
function baselineCli(dir) {
  const bin = path.join(dir, 'dist/bin.js');
  if (!existsSync(bin)) {
    process.stderr.write(`bench: --baseline ${dir}: no dist/bin.js there\n`);
    process.exit(2);
  }
  const sha = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: dir, encoding: 'utf8' }).stdout.trim() || path.basename(dir);
  const subject = spawnSync('git', ['log', '-1', '--format=%s'], { cwd: dir, encoding: 'utf8' }).stdout.trim();
  const count = (d) => (existsSync(d) ? readdirRecursive(d).filter((f) => /\.ya?ml$/.test(f)).length : 0);
  const rules = count(path.join(dir, 'rules'));
  return { bin, name: `sealgate @${sha} (${rules} rules)`, describe: `sealgate at commit ${sha} ("${subject.slice(0, 80)}"), ${rules} rule files` };
}

function readdirRecursive(dir) {
  return readdirSync(dir, { recursive: true }).map(String);
}
