// What the code cache should hold. The launcher writes the cache once (the first run after an
// install or update: src/launcher/code-cache.ts), and it keeps the bytecode of the functions that
// run ran. A first run of `sealgate --version` or `init` would leave the scanning code out of it,
// and every later hook would compile that code again (13 ms of a 10-manifest hook). So before the
// cache is written, the engine scans these few in-memory samples: nothing is read, printed or
// returned. Their values are placeholders and references, never credentials.
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

/** Scans the samples (errors are swallowed: a warm-up must never change what the command did). */
export function warmUp(): void {
  try {
    const engine = new Engine({ rules: loadBuiltinRules() });
    for (const [file, text] of SAMPLES) engine.scanText(file, text);
  } catch {
    // only the cache's contents are at stake
  }
}
