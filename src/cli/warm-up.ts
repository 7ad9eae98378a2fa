// What the code cache should hold. The launcher writes the cache once (the first run after an
// install or update: src/launcher/code-cache.ts), and it keeps the bytecode of the functions that
// run ran. A first run of `sealgate --version` or `init` would leave the scanning code out of it,
// and every later hook would compile that code again. So before the cache is written:
// - the engine scans these few in-memory samples (their values are placeholders and references);
// - the CLI runs `scan --staged` as a hook does, in a throw-away repository in the temporary folder
//   with these samples and one generated Secret staged: git, the staged source, the scan and the
//   report of a blocking finding. Scanning alone left a hook compiling 70 KB of bytecode on every
//   commit (on this project's bench, 10 staged manifests took 201 ms instead of 179 ms).
// Nothing is printed or returned. The repository is the warm-up's own: git runs there with every
// GIT_* variable of the caller removed (a hook's GIT_INDEX_FILE must never reach it) and without
// the user's or system's git configuration, and the folder is removed afterwards.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { Git, type Env } from '../sources/git-client.js';
import { run } from './run.js';
import { Engine } from '../engine/engine.js';
import { loadBuiltinRules } from '../rules/load.js';

const SAMPLES: [string, string][] = [
  [
    'deploy/secret.yaml',
    'apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-credentials\ntype: Opaque\nstringData:\n  username: app\n  password: ${DB_PASSWORD}\ndata:\n  token: Y2hhbmdlbWUtZXhhbXBsZS1wbGFjZWhvbGRlcg==\n',
  ],
  [
    'deploy/app.yaml',
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          env:\n            - name: API_TOKEN\n              valueFrom:\n                secretKeyRef: {name: app-credentials, key: token}\n            - name: DB_PASSWORD\n              value: "<your-password>"\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  url: https://example.com/api\n  secret_key: REPLACE_ME\n',
  ],
  ['chart/values.yaml', 'auth:\n  existingSecret: app-credentials\n  password: ""\n  apiKey: changeme\n'],
  ['.env', 'DATABASE_URL=postgres://app:${DB_PASSWORD}@db:5432/app\nAPI_KEY=your-api-key-here\n'],
  ['src/settings.py', 'import os\napi_key = os.environ["API_KEY"]\npassword = "changeme"\nheaders = {"Authorization": f"Bearer {token}"}\n'],
  ['docs/setup.md', '# Setup\n\n```yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: demo\nstringData:\n  password: <password>\n```\n'],
];

/** Scans the samples, then runs a hook in a repository of its own (errors are swallowed: a warm-up must never change what the command did). */
export async function warmUp(env: Env = process.env): Promise<void> {
  try {
    const engine = new Engine({ rules: loadBuiltinRules() });
    for (const [file, text] of SAMPLES) engine.scanText(file, text);
    await warmUpHook(env);
  } catch {
    // only the cache's contents are at stake
  }
}

/** The caller's environment without git's variables and configuration files. */
export function isolatedGitEnv(env: Env): Env {
  const out: Env = {};
  for (const [k, v] of Object.entries(env)) if (!k.startsWith('GIT_')) out[k] = v;
  return { ...out, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: os.devNull };
}

async function warmUpHook(callerEnv: Env): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sealgate-warm-up-'));
  try {
    const env = isolatedGitEnv(callerEnv);
    const git = new Git(dir, env);
    if ((await git.run(['init', '-q'])).code !== 0) return;
    // A value generated here and now: a hook that blocks, so the report's code runs too.
    const secret = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: warm-up\nstringData:\n  password: ${randomBytes(12).toString('base64url')}\n`;
    const files: [string, string][] = [...SAMPLES, ['deploy/warm-up-secret.yaml', secret]];
    for (const [file, text] of files) {
      mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    if ((await git.run(['add', '--', ...files.map(([f]) => f)])).code !== 0) return;
    await run(['scan', '--staged'], { cwd: dir, env, stdin: '' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
