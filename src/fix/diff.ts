// A small unified diff (line based, Myers-free LCS over the changed middle) for --dry-run. Files are
// compared after a common prefix and suffix are cut, so the quadratic part only sees what changed.

const CONTEXT = 3;

function lines(text: string): string[] {
  const out = text.split(/(?<=\n)/);
  if (out.length && out[out.length - 1] === '') out.pop();
  return out;
}

type Op = { kind: ' ' | '-' | '+'; line: string };

function lcsOps(a: string[], b: string[]): Op[] {
  // Above this size the middle is shown as "all removed, all added": still a valid diff.
  if (a.length * b.length > 4_000_000) return [...a.map((line) => ({ kind: '-' as const, line })), ...b.map((line) => ({ kind: '+' as const, line }))];
  const n = a.length;
  const m = b.length;
  const dp: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) dp[i]![j] = a[i] === b[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) { ops.push({ kind: ' ', line: a[i]! }); i++; j++; }
    else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) ops.push({ kind: '-', line: a[i++]! });
    else ops.push({ kind: '+', line: b[j++]! });
  }
  while (i < n) ops.push({ kind: '-', line: a[i++]! });
  while (j < m) ops.push({ kind: '+', line: b[j++]! });
  return ops;
}

/** `--- a/FILE` / `+++ b/FILE` unified diff, or '' when equal. Lines keep their own endings. */
export function unifiedDiff(file: string, before: string, after: string): string {
  if (before === after) return '';
  const a = lines(before);
  const b = lines(after);
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const ops: Op[] = [
    ...a.slice(0, pre).map((line) => ({ kind: ' ' as const, line })),
    ...lcsOps(a.slice(pre, a.length - suf), b.slice(pre, b.length - suf)),
    ...a.slice(a.length - suf).map((line) => ({ kind: ' ' as const, line })),
  ];
  // Group changes into hunks with CONTEXT lines around them.
  const out = [`--- a/${file}\n`, `+++ b/${file}\n`];
  let k = 0;
  while (k < ops.length) {
    while (k < ops.length && ops[k]!.kind === ' ') k++;
    if (k >= ops.length) break;
    let start = Math.max(0, k - CONTEXT);
    let end = k;
    // Extend while the next change is within 2*CONTEXT lines.
    for (;;) {
      while (end < ops.length && ops[end]!.kind !== ' ') end++;
      let gap = end;
      while (gap < ops.length && ops[gap]!.kind === ' ') gap++;
      if (gap < ops.length && gap - end <= 2 * CONTEXT) { end = gap; continue; }
      end = Math.min(ops.length, end + CONTEXT);
      break;
    }
    let aLine = 1;
    let bLine = 1;
    for (let x = 0; x < start; x++) { if (ops[x]!.kind !== '+') aLine++; if (ops[x]!.kind !== '-') bLine++; }
    const hunk = ops.slice(start, end);
    const aCount = hunk.filter((o) => o.kind !== '+').length;
    const bCount = hunk.filter((o) => o.kind !== '-').length;
    out.push(`@@ -${aCount ? aLine : aLine - 1},${aCount} +${bCount ? bLine : bLine - 1},${bCount} @@\n`);
    for (const o of hunk) out.push(o.kind + (o.line.endsWith('\n') ? o.line : `${o.line}\n\\ No newline at end of file\n`));
    k = end;
    start = end;
  }
  return out.join('');
}
