// `sealgate init`: installs the git hooks, either as lines in husky's hook files or as a hooks folder
// that core.hooksPath points at. Idempotent: running it twice changes nothing the second time.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdirSync, chmodSync, statSync, renameSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommandContext } from '../context.js';
import { parseOptions, bool, str } from '../args.js';
import { UsageError } from '../../errors.js';
import { openRepository, type Git } from '../../sources/git-client.js';

export const INIT_HELP = `Usage: sealgate init --husky [--pre-push]
       sealgate init --hooks-path [--dir DIR]

Install sealgate's git hooks in the current repository.

  --husky          add 'sealgate scan --staged' to .husky/pre-commit (husky v9), creating the file
                   if needed and keeping every line already there; when husky is installed but
                   not set up, set it up first (like its prepare script, not 'husky init', which
                   replaces .husky/pre-commit); running it again adds nothing
  --pre-push       with --husky, also add 'sealgate scan --pre-push' to .husky/pre-push
  --hooks-path     write the pre-commit and pre-push hooks into DIR and point git's core.hooksPath
                   at it (commit DIR so everyone gets the hooks)
  --dir DIR        the hooks folder for --hooks-path (default .githooks)
  -h, --help       show this help

The hooks run the sealgate installed in the repository (node_modules/.bin), else the one on PATH;
they never download anything.

By hand instead (husky):  echo "sealgate scan --staged" >> .husky/pre-commit
pre-commit framework:      see .pre-commit-hooks.yaml (hook id 'sealgate')
lint-staged:               "*": "sealgate scan"
`;

const OPTIONS = {
  husky: { type: 'boolean' },
  'pre-push': { type: 'boolean' },
  'hooks-path': { type: 'boolean' },
  dir: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const HUSKY_LINES = {
  'pre-commit': 'sealgate scan --staged',
  'pre-push': 'sealgate scan --pre-push',
} as const;

type HookName = keyof typeof HUSKY_LINES;

export default async function initCommand(args: string[], ctx: CommandContext): Promise<number> {
  const p = parseOptions(args, OPTIONS, 'init');
  if (bool(p, 'help')) {
    ctx.out(INIT_HELP);
    return 0;
  }
  if (p.positionals.length > 0) throw new UsageError(`init: unexpected argument '${p.positionals[0]}'. Run 'sealgate init --help'.`);
  const husky = bool(p, 'husky');
  const hooksPath = bool(p, 'hooks-path');
  if (husky === hooksPath) {
    throw new UsageError(`init: choose one of --husky or --hooks-path. Run 'sealgate init --help'.`);
  }
  if (bool(p, 'pre-push') && !husky) throw new UsageError('init: --pre-push goes with --husky (--hooks-path installs both hooks)');
  if (str(p, 'dir') !== undefined && !hooksPath) throw new UsageError('init: --dir goes with --hooks-path');
  const git = await openRepository(ctx.cwd, ctx.env);
  if (!git) throw new UsageError(`init: ${ctx.cwd} is not inside a git repository`);
  if (husky) return initHusky(git, bool(p, 'pre-push'), ctx);
  return initHooksPath(git, str(p, 'dir') ?? '.githooks', ctx);
}

/** husky v9 points core.hooksPath at `<dir>/_`; its hook files live in `<dir>`. */
async function huskyDir(git: Git): Promise<{ dir: string; installed: boolean }> {
  const root = git.root;
  const hooksPath = await git.text(['config', '--get', 'core.hooksPath'], { allowFail: true });
  const m = hooksPath ? /^(.*?)[/\\]_[/\\]?$/.exec(hooksPath) : null;
  if (m && m[1]) return { dir: path.resolve(root, m[1]), installed: true };
  const dir = path.join(root, '.husky');
  return { dir, installed: existsSync(path.join(dir, '_', 'h')) };
}

function hasLine(text: string, line: string): boolean {
  // The same command, with or without a package-runner prefix or extra options after it.
  const cmd = line.replace(/ /g, '\\s+');
  return new RegExp(`^\\s*(?:(?:npx|pnpm(?:\\s+exec)?|yarn|bunx)\\s+)?${cmd}(?:\\s|$)`, 'm').test(text);
}

/**
 * Adds `line` to a hook file unless it is there; creates the file (executable) if needed. Every line
 * already in the file is kept; the new one goes before a final `exit` (which would skip it), else last.
 */
export function addHookLine(file: string, line: string): 'created' | 'added' | 'present' {
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeAtomic(file, `${line}\n`, 0o755);
    return 'created';
  }
  const text = readFileSync(file, 'utf8');
  if (hasLine(text, line)) return 'present';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  let lastExit = lines.length - 1;
  while (lastExit >= 0 && !/^\s*exit\b/.test(lines[lastExit]!)) lastExit--;
  const exitEnds = lastExit >= 0 && lines.slice(lastExit + 1).every((l) => /^\s*(#.*)?$/.test(l));
  const at = exitEnds ? lastExit : lines.length;
  lines.splice(at, 0, line);
  writeAtomic(file, lines.join(eol) + eol, statSync(file).mode & 0o7777);
  return 'added';
}

function writeAtomic(file: string, text: string, mode: number): void {
  const tmp = `${file}.sealgate-${process.pid}.tmp`;
  writeFileSync(tmp, text, { mode });
  chmodSync(tmp, mode);
  renameSync(tmp, file);
}

function rel(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

async function initHusky(git: Git, prePush: boolean, ctx: CommandContext): Promise<number> {
  const root = git.root;
  let { dir, installed } = await huskyDir(git);
  // Set husky up first when it is installed but not yet active, the way its prepare script does
  // ('husky' without 'init': 'husky init' would replace .husky/pre-commit and lose its lines).
  if (!installed) installed = await setUpHusky(root, ctx);
  const hooks: HookName[] = prePush ? ['pre-commit', 'pre-push'] : ['pre-commit'];
  for (const hook of hooks) {
    const file = path.join(dir, hook);
    const what = addHookLine(file, HUSKY_LINES[hook]);
    const name = rel(root, file);
    if (what === 'present') ctx.out(`${name}: already runs '${HUSKY_LINES[hook]}'\n`);
    else ctx.out(`${name}: ${what === 'created' ? 'created with' : 'added'} '${HUSKY_LINES[hook]}'\n`);
  }
  if (!installed) {
    ctx.err(
      "sealgate: warning: husky is not installed in this repository, so git will not run .husky/ hooks yet: run 'npm install --save-dev husky', then 'sealgate init --husky' again (it sets husky up and keeps your hook lines; avoid 'npx husky init', which replaces .husky/pre-commit)\n",
    );
  }
  return 0;
}

/**
 * Runs the project's own husky (node_modules/husky, never a download) to point core.hooksPath at
 * .husky/_, and adds `"prepare": "husky"` to package.json so every clone gets the hooks on install.
 * Returns false when husky is not installed.
 */
async function setUpHusky(root: string, ctx: CommandContext): Promise<boolean> {
  const bin = path.join(root, 'node_modules', 'husky', 'bin.js');
  if (!existsSync(bin)) return false;
  try {
    const said = execFileSync(process.execPath, [bin], { cwd: root, encoding: 'utf8', env: { ...ctx.env, HUSKY: undefined } as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] }).trim();
    if (said) throw new Error(said);
  } catch (e) {
    ctx.err(`sealgate: warning: husky could not set up its hooks: ${(e as Error).message.split('\n')[0]}\n`);
    return false;
  }
  ctx.out("husky: set up (git config core.hooksPath .husky/_)\n");
  const pkgFile = path.join(root, 'package.json');
  if (existsSync(pkgFile)) {
    const text = readFileSync(pkgFile, 'utf8');
    let pkg: { scripts?: Record<string, string> };
    try {
      pkg = JSON.parse(text) as typeof pkg;
    } catch {
      ctx.err('sealgate: warning: package.json is not valid JSON; add "prepare": "husky" to its scripts by hand\n');
      return true;
    }
    const prepare = pkg.scripts?.prepare;
    if (prepare === undefined) {
      pkg.scripts = { ...pkg.scripts, prepare: 'husky' };
      const indent = /^[ \t]+(?=")/m.exec(text)?.[0] ?? '  ';
      writeAtomic(pkgFile, JSON.stringify(pkg, null, indent) + (text.endsWith('\n') ? '\n' : ''), statSync(pkgFile).mode & 0o7777);
      ctx.out('package.json: added "prepare": "husky" (so each clone sets the hooks up on npm install)\n');
    } else if (!/\bhusky\b/.test(prepare)) {
      ctx.err(`sealgate: warning: package.json's prepare script does not run husky; add '&& husky' to it so each clone gets the hooks\n`);
    }
  }
  return true;
}

/** The package's hooks/ folder, found from this module (src/cli/commands, dist/ or dist/chunks/). */
export function packagedHooksDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(path.join(dir, 'hooks', 'pre-commit')) && existsSync(path.join(dir, 'package.json'))) return path.join(dir, 'hooks');
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new UsageError("init: cannot find sealgate's hooks/ folder next to its package.json (a broken installation?)");
}

async function initHooksPath(git: Git, dirOption: string, ctx: CommandContext): Promise<number> {
  const root = git.root;
  const target = path.resolve(root, dirOption);
  const relDir = rel(root, target);
  if (relDir.startsWith('..') || path.isAbsolute(relDir)) throw new UsageError(`init: --dir ${dirOption} is outside the repository`);
  if (relDir === '' || relDir === '.git' || relDir.startsWith('.git/')) throw new UsageError(`init: --dir ${dirOption} cannot be the repository root or inside .git`);
  const current = await git.text(['config', '--get', 'core.hooksPath'], { allowFail: true });
  if (current && path.resolve(root, current) !== target) {
    const husky = /[/\\]_[/\\]?$/.test(current) ? " (husky's; use 'sealgate init --husky')" : '';
    throw new UsageError(`init: core.hooksPath is already '${current}'${husky}; install there with --dir ${current}, or unset it first`);
  }
  const source = packagedHooksDir();
  const hooks: HookName[] = ['pre-commit', 'pre-push'];
  // Check everything before writing anything: a foreign hook of the same name is never overwritten.
  const foreign = hooks.filter((h) => {
    const f = path.join(target, h);
    return existsSync(f) && !/sealgate/.test(readFileSync(f, 'utf8'));
  });
  if (foreign.length > 0) {
    throw new UsageError(
      `init: ${foreign.map((h) => `${relDir}/${h}`).join(' and ')} already exist${foreign.length === 1 ? 's' : ''} and ${foreign.length === 1 ? 'is' : 'are'} not sealgate's; add '${HUSKY_LINES['pre-commit']}' (pre-commit) / '${HUSKY_LINES['pre-push']}' (pre-push) to ${foreign.length === 1 ? 'it' : 'them'} by hand`,
    );
  }
  mkdirSync(target, { recursive: true });
  for (const hook of hooks) {
    const file = path.join(target, hook);
    const wanted = readFileSync(path.join(source, hook), 'utf8');
    if (existsSync(file) && readFileSync(file, 'utf8') === wanted && (statSync(file).mode & 0o111) !== 0) {
      ctx.out(`${relDir}/${hook}: up to date\n`);
      continue;
    }
    const existed = existsSync(file);
    writeAtomic(file, wanted, 0o755);
    ctx.out(`${relDir}/${hook}: ${existed ? 'updated' : 'written'}\n`);
  }
  if (current === undefined || current === '' || current !== relDir) {
    await git.setConfig('core.hooksPath', relDir);
    ctx.out(`git config core.hooksPath ${relDir}\n`);
  }
  ctx.out(`Commit ${relDir}/ so that everyone runs the hooks; each clone runs 'git config core.hooksPath ${relDir}' once (or 'sealgate init --hooks-path').\n`);
  return 0;
}
