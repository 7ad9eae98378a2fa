// The Action: inputs + event -> commits to scan -> scan -> mask, annotate, SARIF, summary, outputs.
// One try/catch turns every error into a failed step with its message (exit 2); blocking findings
// fail the step (exit 1) unless fail-on-findings is false. Never a silent pass.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { effectiveRules } from '../config/load.js';
import { REPORT_BUG_HINT, SealgateError, UsageError, describeError } from '../errors.js';
import { formatReport } from '../report/index.js';
import { scan } from '../scan.js';
import { exitCode, unscannable } from '../exit-code.js';
import type { ScanResult, Skipped } from '../types.js';
import { ANNOTATIONS_PER_LEVEL, annotate, registerSecrets } from './annotate.js';
import { info, setFailed, setOutput, summary, warning } from './core.js';
import { resolveTarget } from './event.js';
import { classify, dedupe, isBlocking, locatedFinding } from './findings.js';
import { fixCommandFor, planFixes } from './fix.js';
import { LeakGuard } from './guard.js';
import { scanAtHead } from './head.js';
import { readInputs } from './inputs.js';
import { runSettings } from './trusted.js';
import { prepare } from './prepare.js';
import { repositoryTop } from './shallow.js';
import { Git } from '../sources/git-client.js';
import { esc, renderSummary } from './summary.js';

type Env = Record<string, string | undefined>;

/** Runs the Action; returns the exit code (0 clean, 1 blocking findings, 2 error). */
export async function run(env: Env = process.env): Promise<number> {
  try {
    return await main(env);
  } catch (e) {
    if (e instanceof SealgateError) setFailed(e.message);
    else setFailed(`sealgate: internal error: ${describeError(e)}\n${REPORT_BUG_HINT}`);
    return 2;
  }
}

async function main(env: Env): Promise<number> {
  const inputs = readInputs();
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const dir = path.resolve(workspace, inputs.path);
  if (!existsSync(dir)) throw new UsageError(`sealgate: the path input '${inputs.path}' does not exist in ${workspace}`);
  const root = await repositoryTop(dir, env);
  const git = new Git(root, env);

  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const target = resolveTarget({ eventName, payload: readPayload(env.GITHUB_EVENT_PATH), eventPath: env.GITHUB_EVENT_PATH, mode: inputs.mode, base: inputs.base, head: inputs.head });
  const plan = await prepare(git, target, info);
  const sarifPath = path.resolve(workspace, inputs.sarifFile);
  const obeyed = await runSettings(git, {
    configInput: inputs.config,
    baselineInput: inputs.baseline,
    trustedBase: target.kind === 'range' ? target.trustedBase : undefined,
    head: plan.head,
    tmp: env.RUNNER_TEMP,
  });
  const { configPath, baselinePath } = obeyed;
  info(`sealgate: configuration: ${obeyed.describe}`);
  for (const f of obeyed.changedByProposal) info(`sealgate: this pull request changes ${f}; the change applies once it is merged`);

  if (!plan.source) {
    info(`sealgate: nothing to scan (${plan.scope})`);
    summary.addHeading('sealgate: nothing to scan', 2).addRaw(`<p>${esc(plan.scope)}</p>`, true);
    await finish({ rows: 0, warnings: 0, commits: 0, sarifPath, sarif: await emptySarif(), writeSummary: !!env.GITHUB_STEP_SUMMARY });
    return 0;
  }

  const result = await scan({ cwd: root, root, env, source: plan.source, configPath, baselinePath });
  const findings = dedupe(result.findings);
  const atHead = plan.head ? await scanAtHead(git, plan.head, [...new Set(findings.map((f) => f.file))], { configPath, baselinePath }) : { findings: [], skipped: [] };
  // Every value this run holds is registered with the runner before the first line about it is logged.
  registerSecrets([...result.findings, ...atHead.findings]);
  const guard = new LeakGuard([...result.findings, ...atHead.findings]);

  const rows = classify(findings, atHead.findings, plan.head);
  const blocking = rows.filter(isBlocking).length;
  const warnings = rows.filter((r) => r.finding.severity === 'warning').length;
  const commits = result.summary.commits ?? 0;
  const skipped: Skipped[] = [...result.summary.skipped, ...atHead.skipped];
  const settings = { seal: result.config.seal, external: result.config.external };

  info(`sealgate: scanned ${plan.scope}: ${commits} commit${commits === 1 ? '' : 's'}, ${result.summary.files} files, ${result.summary.bytes} bytes`);
  info(`sealgate: ${blocking} blocking finding${blocking === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
  const budget = annotate(rows, {
    rotateWhere: plan.rotateWhere,
    fixCommand: inputs.showFix ? (r) => fixCommandFor(r, settings) : undefined,
    scrub: (t) => guard.scrub(t),
  });
  for (const s of skipped) {
    if (budget.take('warning')) warning(guard.scrub(`not scanned: ${s.reason}${s.commit ? ` (commit ${s.commit.slice(0, 7)})` : ''}`), { file: s.file, title: 'sealgate: not scanned' });
  }
  if (budget.left > 0) {
    info(`sealgate: ${budget.left} more annotation${budget.left === 1 ? '' : 's'} left out (GitHub keeps ${ANNOTATIONS_PER_LEVEL} of each level per step); the job summary and ${inputs.sarifFile} list every finding`);
  }
  // Non-fatal notes (a Helm template that is not YAML): log lines, not annotations, which GitHub caps
  // at 10 warnings per step and which the findings need.
  for (const w of result.warnings) info(guard.scrub(`sealgate: note: ${w}`));

  const sarifResult: ScanResult = { findings: rows.map(locatedFinding), summary: result.summary, safe: result.safe, warnings: result.warnings };
  const sarif = await formatReport(sarifResult, 'sarif', { rules: effectiveRules(result.config) });
  guard.assertClean(sarif, inputs.sarifFile);

  renderSummary({
    leftOutAnnotations: budget.left,
    rows,
    scope: plan.scope,
    commits: result.summary.commits,
    files: result.summary.files,
    skipped,
    showFix: inputs.showFix,
    fix: planFixes(rows, settings),
    links: { server: env.GITHUB_SERVER_URL, repository: env.GITHUB_REPOSITORY },
    rotateWhere: plan.rotateWhere,
    config: configSummary(obeyed.describe, result.config.file, root),
    changedByProposal: obeyed.changedByProposal,
  });
  const summaryText = summary.stringify();
  guard.assertClean(summaryText, 'the job summary');
  await finish({ rows: blocking, warnings, commits, sarifPath, sarif, writeSummary: !!env.GITHUB_STEP_SUMMARY });

  // The CLI's policy: a file that could not be scanned in CI may hold a Secret (2, as from the hook).
  const code = exitCode(
    rows.map((r) => r.finding),
    skipped,
    { failOnFindings: inputs.failOnFindings, failOnUnscannable: result.config.failOnSkipped },
  );
  if (code === 1) {
    setFailed(`sealgate: ${blocking} blocking finding${blocking === 1 ? '' : 's'}: plaintext secrets must not reach Git (see the annotations and the job summary)`);
  } else if (code === 2) {
    setFailed(`sealgate: ${unscannable(skipped).length} file(s) could not be scanned (see the warnings); set failOnSkipped: false in .sealgate.yaml to let them pass`);
  }
  return code;
}

async function finish(o: { rows: number; warnings: number; commits: number; sarifPath: string; sarif: string; writeSummary?: boolean }): Promise<void> {
  await mkdir(path.dirname(o.sarifPath), { recursive: true });
  await writeFile(o.sarifPath, o.sarif);
  if (o.writeSummary) await summary.write();
  setOutput('findings', String(o.rows));
  setOutput('warnings', String(o.warnings));
  setOutput('sarif-file', o.sarifPath);
  setOutput('scanned-commits', String(o.commits));
}

/** Which configuration the summary names: the settings' description, or the file the lookup found. */
function configSummary(describe: string, file: string | undefined, root: string): string {
  if (describe !== 'the checkout') return describe;
  return file ? `${path.relative(root, file) || file} (from the checkout)` : 'none (built-in defaults)';
}

/** A SARIF with no results, so an upload-sarif step after a no-op run still has its file. */
async function emptySarif(): Promise<string> {
  return formatReport({ findings: [], summary: { files: 0, bytes: 0, skipped: [], findings: 0, durationMs: 0 }, safe: [], warnings: [] }, 'sarif', { rules: [] });
}


function readPayload(file: string | undefined): unknown {
  if (!file) return undefined;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`${file}: cannot read the event payload (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new UsageError(`${file}: the event payload is not valid JSON`);
  }
}
