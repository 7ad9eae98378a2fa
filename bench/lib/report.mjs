// Turns the results into the tables of bench/RESULTS.md (tool, MB/s, hook ms, recall, false positives),
// the targets of issue 7 with met / not met, and one section per measurement.
import { machineLine } from './machine.mjs';

const f0 = (x) => (x === undefined || x === null || Number.isNaN(x) ? '–' : x.toFixed(0));
const f1 = (x) => (x === undefined || x === null || Number.isNaN(x) ? '–' : x >= 100 ? x.toFixed(0) : x.toFixed(1));
const ms = (x) => (x === undefined ? '–' : x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(0)} ms`);
const pct = (q) => (q && q.planted ? `${((100 * q.found) / q.planted).toFixed(1)}% (${q.found}/${q.planted})` : '–');
const fp = (q) => (q && q.decoys !== undefined ? `${q.decoysFlagged + q.other} (${q.decoysFlagged}/${q.decoys} decoys + ${q.other} other)` : '–');
const ratio = (a, b) => (a && b ? `${(a / b).toFixed(2)}x` : '–');

function table(head, rows) {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

const TOOLS = ['sealgate', 'sealgate, 1 worker', 'secretlint', 'git grep -E', 'git grep -P', 'ripgrep', 'git-secrets'];

/** The targets of issue 16 (speed with the full rule set), as ratios within one run. */
export function speedTargets(r) {
  const out = [];
  const hook = (r.hook ?? []).filter((x) => x.staged === 10);
  const hookCorpora = [...new Set(hook.map((x) => x.corpus))];
  for (const c of hookCorpora) {
    const sg = hook.find((x) => x.corpus === c && x.tool === 'sealgate');
    const node = hook.find((x) => x.corpus === c && x.tool === 'node start-up');
    if (!sg?.ms || !node?.ms) continue;
    out.push({
      target: `hook: \`scan --staged\` of 10 manifests ≤ 2x \`node -e 0\` (${sg.files} files, ${sg.commits} commits)`,
      measured: `${(sg.ms / node.ms).toFixed(2)}x (${ms(sg.ms)} vs ${ms(node.ms)})`,
      met: sg.ms / node.ms <= 2,
    });
  }
  const big = r.audit?.c20k;
  if (big) {
    const sg = big.tools.sealgate;
    const rg = big.tools.ripgrep;
    const sl = big.tools.secretlint;
    const one = big.tools['sealgate, 1 worker'];
    if (sg?.mbps && rg?.mbps) out.push({ target: "audit c20k: ≥ 1/3 of ripgrep's MB/s", measured: `${(sg.mbps / rg.mbps).toFixed(2)} of ripgrep (${f1(sg.mbps)} vs ${f1(rg.mbps)} MB/s)`, met: sg.mbps / rg.mbps >= 1 / 3 });
    if (sg?.ms && sl?.ms) out.push({ target: 'audit c20k: ≥ 8x secretlint 13', measured: `${ratio(sl.ms, sg.ms)} (${f1(sg.mbps)} vs ${f1(sl.mbps)} MB/s)`, met: sl.ms / sg.ms >= 8 });
    if (sg?.rssMB) out.push({ target: 'audit c20k: peak RSS < 200 MB', measured: `${f0(sg.rssMB)} MB (${sg.workers ?? '?'} workers)${one?.rssMB ? `; ${f0(one.rssMB)} MB on one thread` : ''}`, met: sg.rssMB < 200 });
    if (sg?.ms && one?.ms) out.push({ target: `scaling: audit c20k with ${sg.workers ?? 2} workers ≥ 1.6x one`, measured: `${ratio(one.ms, sg.ms)} (${ms(one.ms)} on 1, ${ms(sg.ms)} on ${sg.workers ?? 2})`, met: one.ms / sg.ms >= 1.6 });
    const q = sg?.quality;
    const bq = sg?.blockingQuality;
    if (q?.planted) {
      out.push({
        target: 'recall on the corpus ≥ 99.9%, no blocking finding on a decoy',
        measured: `${pct(q)}; decoys with a blocking finding: ${bq && !bq.error ? `${bq.decoysFlagged}/${bq.decoys}` : '–'} (any severity: ${q.decoysFlagged})`,
        met: q.found / q.planted >= 0.999 && bq !== undefined && !bq.error && bq.decoysFlagged === 0,
      });
    }
  }
  // Issues 12 and 13: the new rules and detection must not cost throughput or hook latency. Judged
  // by the ratio of each round (the two ran one after the other, seconds apart), not of the two
  // medians: this machine's speed drifts by 20% and more between rounds, which a ratio of medians
  // of 3 or 21 runs carries into the verdict, while each round's ratio cancels it.
  const base = r.baseline;
  if (base) {
    const a = r.audit?.c20k?.tools;
    if (a?.sealgate?.mbps && a[base]?.mbps) {
      const p = pairedRatios(a[base].all, a.sealgate.all);
      const q = p ? p.median : a.sealgate.mbps / a[base].mbps;
      out.push({ target: `audit c20k: throughput not lower than ${base} (issues 12, 13)`, measured: `${q.toFixed(2)}x its MB/s${p ? ` (median of ${p.n} rounds' ratios, ${p.min.toFixed(2)}x–${p.max.toFixed(2)}x)` : ''}; medians ${f1(a.sealgate.mbps)} vs ${f1(a[base].mbps)} MB/s`, met: q >= 1 });
    }
    for (const c of hookCorpora) {
      const sg = hook.find((x) => x.corpus === c && x.tool === 'sealgate');
      const old = hook.find((x) => x.corpus === c && x.tool === base);
      if (!sg?.ms || !old?.ms) continue;
      const p = pairedRatios(sg.all, old.all);
      const q = p ? p.median : sg.ms / old.ms;
      out.push({ target: `hook: 10 staged manifests not slower than ${base} (${sg.files} files, ${sg.commits} commits)`, measured: `${q.toFixed(2)}x its time${p ? ` (median of ${p.n} rounds' ratios, ${p.min.toFixed(2)}x–${p.max.toFixed(2)}x)` : ''}; medians ${ms(sg.ms)} vs ${ms(old.ms)}`, met: q <= 1 });
    }
  }
  const h = r.history;
  if (h?.tools?.sealgate?.ms && h.tools['git log -p']?.ms) {
    const q = h.tools.sealgate.ms / h.tools['git log -p'].ms;
    out.push({ target: `history: \`scan --range\` over ${h.commits} commits ≤ 1.5x \`git log -p\``, measured: `${q.toFixed(2)}x (${ms(h.tools.sealgate.ms)} vs ${ms(h.tools['git log -p'].ms)})`, met: q <= 1.5 });
  }
  return out;
}

/** Targets: [{ target, measured, met (true|false|undefined = not measured) }]. */
export function targets(r) {
  const out = [...speedTargets(r)];
  const hook = (r.hook ?? []).filter((x) => x.tool === 'sealgate' && x.staged === 10 && x.ms !== undefined);
  if (hook.length) {
    const worst = Math.max(...hook.map((x) => x.ms));
    out.push({
      target: '`scan --staged` of 10 manifests: median ≤ 150 ms wall, any repository size',
      measured: hook.map((x) => `${ms(x.ms)} (${x.files} files, ${x.commits} commits)`).join('; '),
      met: worst <= 150,
    });
  }
  for (const [name, a] of Object.entries(r.audit ?? {})) {
    const sg = a.tools.sealgate;
    const sl = a.tools.secretlint;
    const gg = a.tools['git grep -E'];
    if (sg?.ms && sl?.ms) out.push({ target: `audit ${name}: ≥ 10x secretlint's throughput`, measured: `${ratio(sl.ms, sg.ms)} (${f1(sg.mbps)} vs ${f1(sl.mbps)} MB/s)`, met: sl.ms / sg.ms >= 10 });
    if (sg?.ms && gg?.ms) out.push({ target: `audit ${name}: no slower than 3x \`git grep -E\``, measured: `${ratio(sg.ms, gg.ms)} git grep -E's time (${ms(sg.ms)} vs ${ms(gg.ms)})`, met: sg.ms / gg.ms <= 3 });
  }
  if (r.seal?.valuesPerSec) out.push({ target: 'sealing: ≥ 5,000 values/s (RSA-4096)', measured: `${f0(r.seal.valuesPerSec)} values/s`, met: r.seal.valuesPerSec >= 5000 });
  const m = r.memory?.tools?.sealgate;
  if (m?.rssMB) {
    // A scan that saw only part of the corpus proves nothing about memory.
    const seen = r.memory.scanned?.files ?? 0;
    const complete = seen >= 0.9 * r.memory.files;
    out.push({
      target: `peak RSS < 256 MB on the ${f0(r.memory.bytes / 1e6)} MB corpus`,
      measured: `${f0(m.rssMB)} MB (largest file ${f0(r.memory.largestFile / 1024)} KB; ${seen} files scanned${complete ? '' : ` of ${r.memory.files}: incomplete scan`})`,
      met: complete && m.rssMB < 256,
    });
  }
  if (r.adversarial?.rows?.length) {
    const over = r.adversarial.rows.filter((x) => x.over || x.timedOut);
    const worst = [...r.adversarial.rows].sort((a, b) => b.ms - a.ms)[0];
    out.push({
      target: `adversarial: every rule's ${f1(r.adversarial.size / 2 ** 20)} MB inputs under ${ms(r.adversarial.boundMs)}`,
      measured: over.length ? `${over.length} of ${r.adversarial.rows.length} inputs over (${[...new Set(over.map((x) => x.rule))].join(', ')})` : `all ${r.adversarial.rows.length} under; slowest ${ms(worst.ms)} (${worst.rule})`,
      met: over.length === 0,
    });
  }
  return out;
}

export function renderMarkdown(r, notes = '') {
  const L = [];
  L.push('# Benchmark results', '');
  L.push(`Measured ${r.machine.date} on ${machineLine(r.machine)}${r.quick ? ' (**--quick smoke run**: small corpora, one run each; not the numbers to quote)' : ''}.`);
  L.push(`sealgate under test: ${r.cli}. Reproduce with \`npm run bench\` (corpora from \`../shared/bench/make-corpus.mjs\`, seed 1; ${r.durationS ? `this run took ${f0(r.durationS)} s` : ''}).`);
  L.push('Times are wall-clock medians of whole processes (Node start-up included) after a warm-up; the tools of a table ran interleaved in the same run, so compare them as ratios.', '');

  // The summary table.
  const big = r.audit?.c20k ?? Object.values(r.audit ?? {}).at(-1);
  const small = r.audit?.c2k;
  const hookBig = (tool) => (r.hook ?? []).filter((x) => x.tool === tool && x.staged === 10).sort((a, b) => b.files * 1e6 + b.commits - (a.files * 1e6 + a.commits))[0];
  if (big || r.hook?.length) {
    L.push('## Summary', '');
    const corpusNames = Object.keys(r.audit ?? {});
    const hookCorpus = hookBig('sealgate');
    L.push(
      table(
        ['tool', `audit MB/s (${corpusNames.join(' / ')})`, 'peak RSS', `hook ms (10 staged${hookCorpus ? `, ${hookCorpus.files} files, ${hookCorpus.commits} commits` : ''})`, 'recall', 'false positives'],
        [...TOOLS.slice(0, 2), ...(r.baseline ? [r.baseline] : []), ...TOOLS.slice(2)].filter((t) => big?.tools[t] || hookBig(t)).map((t) => [
          t === 'sealgate' ? '**sealgate**' : t,
          corpusNames.map((c) => f1(r.audit[c].tools[t]?.mbps)).join(' / '),
          big?.tools[t]?.rssMB ? `${f0(big.tools[t].rssMB)} MB` : '–',
          hookBig(t) ? ms(hookBig(t).ms) : '–',
          pct(big?.tools[t]?.quality),
          fp(big?.tools[t]?.quality),
        ]),
      ),
    );
    L.push('', `Recall and false positives on the ${big ? `${big.files}-file` : ''} corpus, scored by \`../shared/bench/score.mjs\` (a planted secret is found when a finding's lines touch it; false positives = decoys flagged + findings that touch neither).`, '');
  }

  const speed = speedTargets(r);
  if (speed.length) {
    L.push('## Targets: speed with the full rule set (issue 16)', '');
    L.push(table(['target', 'measured', 'met'], speed.map((t) => [t.target, t.measured, t.met === undefined ? '–' : t.met ? 'met' : '**not met**'])), '');
    L.push(`Ratios within one run: the machine is shared with other sessions${r.load ? ` (load average ${r.load.start[0]} at the start, ${r.load.end[0]} at the end, on ${r.machine.cores} cores)` : ''}, so absolute times vary from run to run; the tools of each table ran interleaved, round after round, and only their ratios are compared.`, '');
  }
  const tg = targets(r).slice(speed.length);
  if (tg.length) {
    L.push('## Targets (issue 7, issue 8)', '');
    L.push(table(['target', 'measured', 'met'], tg.map((t) => [t.target, t.measured, t.met === undefined ? '–' : t.met ? 'yes' : '**no**'])), '');
  }

  if (r.hook?.length) {
    L.push('## Hook latency', '');
    L.push(table(['repository', 'staged', 'tool', 'median', 'runs'], r.hook.map((x) => [`${x.corpus} (${x.files} files, ${x.commits} commits)`, String(x.staged), x.tool, x.failed ? `failed: ${x.failed}` : ms(x.ms), String(x.runs)])), '');
    L.push('`node start-up` is `node -e 0`: the floor every Node tool pays; `sealgate --version` adds loading the CLI bundle. secretlint gets the staged files as arguments (lint-staged style); git-secrets runs its own `--pre_commit_hook`.', '');
  }

  for (const [name, a] of Object.entries(r.audit ?? {})) {
    L.push(`## Audit: ${name} (${a.files} files, ${f1(a.bytes / 1e6)} MB)`, '');
    const sg = a.tools.sealgate?.ms;
    L.push(
      table(
        ['tool', 'median', 'runs', 'MB/s', 'peak RSS', 'time vs sealgate', 'recall', 'decoys flagged', 'other findings'],
        Object.entries(a.tools).map(([t, x]) => [
          t,
          x.failed ? `failed: ${x.failed}` : ms(x.ms),
          String(x.runs),
          f1(x.mbps),
          x.rssMB ? `${f0(x.rssMB)} MB` : '–',
          ratio(x.ms, sg),
          pct(x.quality),
          x.quality ? `${x.quality.decoysFlagged}/${x.quality.decoys}` : '–',
          x.quality ? String(x.quality.other) : '–',
        ]),
      ),
      '',
    );
  }

  const h = r.history;
  if (h) {
    L.push(`## History: ${h.corpus}, ${h.commits} commits, ${f1(h.diffBytes / 1e6)} MB of \`git log -p\``, '');
    L.push(table(['tool', 'median', 'runs', 'commits/s', 'MB/s of diff', 'peak RSS'], Object.entries(h.tools).map(([t, x]) => [t, x.failed ? `failed: ${x.failed}` : ms(x.ms), String(x.runs), f0(x.commitsPerSec), f1(x.mbps), x.rssMB ? `${f0(x.rssMB)} MB` : '–'])), '');
    if (h.quality && !h.quality.error) L.push(`History recall (approximate, matched by file and line): ${h.quality.found}/${h.quality.planted} planted (${h.quality.histFound}/${h.quality.hist} history-only secrets), ${h.quality.decoysFlagged}/${h.quality.decoys} decoys flagged, ${h.quality.other} other findings.`, '');
  }

  if (r.seal) {
    L.push('## Sealing', '');
    L.push(r.seal.failed ? `failed: ${r.seal.failed}` : `${f0(r.seal.valuesPerSec)} values/s with an RSA-${r.seal.bits} certificate (32-byte values, strict scope, one thread, the product's \`src/fix/seal\` code bundled; median of ${r.seal.runs} runs).`, '');
  }

  const m = r.memory;
  if (m) {
    L.push(`## Memory: ${m.corpus} (${m.files} files, ${f0(m.bytes / 1e6)} MB, largest file ${f0(m.largestFile / 1024)} KB)`, '');
    L.push(table(['tool', 'time', 'MB/s', 'peak RSS'], Object.entries(m.tools).map(([t, x]) => [t, x.failed ? `failed: ${x.failed}` : ms(x.ms), f1(x.mbps), x.rssMB ? `${f0(x.rssMB)} MB` : '–'])), '');
    if (m.scanned) L.push(`sealgate scanned ${m.scanned.files} files, ${f0(m.scanned.bytes / 1e6)} MB (${m.scanned.skipped} skipped).`, '');
    if (m.quality && !m.quality.error) L.push(`sealgate recall on this corpus: ${pct(m.quality)}, false positives ${fp(m.quality)}.`, '');
  }

  const adv = r.adversarial;
  if (adv?.rows?.length) {
    L.push(`## Adversarial inputs (${f1(adv.size / 2 ** 20)} MB per input, bound ${ms(adv.boundMs)} per process)`, '');
    const byRule = new Map();
    for (const x of adv.rows) {
      const e = byRule.get(x.rule) ?? { worst: x, n: 0, over: 0 };
      e.n++;
      if (x.over || x.timedOut) e.over++;
      if (x.ms > e.worst.ms) e.worst = x;
      byRule.set(x.rule, e);
    }
    L.push(
      table(
        ['rule', 'inputs', 'slowest input', 'time', 'findings', 'within bound'],
        [...byRule].map(([rule, e]) => [rule, String(e.n), e.worst.variant, e.worst.timedOut ? `> ${ms(e.worst.ms)} (cut)` : ms(e.worst.ms), e.worst.failed ? `failed: ${e.worst.failed}` : String(e.worst.findings ?? '–'), e.over ? `**no** (${e.over} over)` : 'yes']),
      ),
      '',
    );
  }

  if (r.notes?.length) L.push('## Notes', '', ...r.notes.map((n) => `- ${n}`), '');
  if (notes.trim()) L.push(notes.trim(), '');
  return L.join('\n');
}

/** Round-by-round ratios a[i] / b[i] of two tools measured in the same interleaved rounds (undefined for results without them). */
export function pairedRatios(a, b) {
  if (!Array.isArray(a) || !Array.isArray(b) || a.length === 0 || a.length !== b.length) return undefined;
  const q = a.map((x, i) => x / b[i]).sort((x, y) => x - y);
  const m = q.length >> 1;
  return { n: q.length, median: q.length % 2 ? q[m] : (q[m - 1] + q[m]) / 2, min: q[0], max: q[q.length - 1] };
}
