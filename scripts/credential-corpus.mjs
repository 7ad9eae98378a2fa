// A labelled corpus of source files for measuring credential detection in code: real-looking literal
// credentials (positives) and the near misses that sit in the same places (references, placeholders,
// settings under credential-like names, UI strings, dummies, function calls). The shapes are the ones
// languages, frameworks and providers document for passing credentials; the values are random, made
// here from a seed, so the corpus is the same on every run and no file of this repository holds them.
//
//   node scripts/credential-corpus.mjs [--set tuned|held-out] [--seed N] [--out DIR]
//   scores dist/bin.js on the corpus (or, with --out, writes it and its labels.json)
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Deterministic PRNG (mulberry32). */
function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (xs) => xs[int(xs.length)];
  const str = (n, alphabet) => Array.from({ length: n }, () => alphabet[int(alphabet.length)]).join('');
  return { next, int, pick, str };
}

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = LOWER.toUpperCase();
const DIGITS = '0123456789';
const B62 = UPPER + LOWER + DIGITS;
const HEX = '0123456789abcdef';
const WORDS = ['river', 'falcon', 'copper', 'maple', 'orbit', 'tundra', 'harbor', 'quartz', 'meadow', 'ember', 'summit', 'cobalt'];
const cap = (w) => w[0].toUpperCase() + w.slice(1);

function values(r) {
  return {
    /** Passwords people set: random, word-and-digits, and weak ones. */
    password: () =>
      r.pick([
        () => r.str(12 + r.int(10), B62),
        () => cap(r.pick(WORDS)) + r.pick(['!', '#', '@', '$', '%']) + (1000 + r.int(9000)) + cap(r.pick(WORDS)),
        () => r.str(16 + r.int(12), B62 + '!#%&*+-=?@^_'),
        () => r.pick(['toor', 'mysql', 'admin123', 'P@ssw0rd1', 'letmein42', 'Welcome2024', 'hunter22', 'qwerty123']),
      ])(),
    /** API tokens without a provider prefix (random, 24 to 48 characters). */
    token: () => r.pick([() => r.str(32, HEX), () => r.str(40, B62), () => r.str(24 + r.int(24), B62 + '-_')])(),
    /** Tokens with a provider's documented prefix. */
    prefixed: () =>
      r.pick([
        () => 'sk_live_' + r.str(24, B62),
        () => 'xoxb-' + r.str(12, DIGITS) + '-' + r.str(13, DIGITS) + '-' + r.str(24, B62),
        () => 'glpat-' + r.str(20, B62 + '-_'),
        () => 'SG.' + r.str(22, B62 + '-_') + '.' + r.str(43, B62 + '-_'),
        () => 'dop_v1_' + r.str(64, HEX),
        () => 'hf_' + r.str(34, UPPER + LOWER),
        () => 'NRAK-' + r.str(27, UPPER + DIGITS),
        () => 'shpat_' + r.str(32, HEX),
        () => 'lin_api_' + r.str(40, B62),
        () => 'PMAK-' + r.str(24, HEX) + '-' + r.str(34, HEX),
        () => 'dckr_pat_' + r.str(27, B62 + '-_'),
        () => 'sntryu_' + r.str(64, HEX),
      ])(),
    user: () => r.pick(['app', 'admin', 'deploy', 'svc_orders', 'reporting', 'root', 'sa']),
    host: () => r.pick(['db.internal', 'postgres.prod.svc', 'mysql-primary', 'cache.internal', '10.0.3.12']),
  };
}

// Each template: [file extension or name, truth, kind, line builder]. truth 'credential' lines hold a
// literal credential; 'not' lines are the near misses found in the same files.
function templates(v, r) {
  const P = () => v.password();
  const T = () => v.token();
  const X = () => v.prefixed();
  return [
    // --- Python
    ['py', 'credential', 'assignment', () => `DB_PASSWORD = "${P()}"`],
    ['py', 'credential', 'keyword argument', () => `conn = psycopg2.connect(host="${v.host()}", user="${v.user()}", password="${P()}")`],
    ['py', 'credential', 'keyword argument', () => `client = Client(api_key="${T()}")`],
    ['py', 'credential', 'dict entry', () => `HEADERS = {"Authorization": "Bearer ${T()}"}`],
    ['py', 'credential', 'settings', () => `SECRET_KEY = '${r.str(50, B62 + '!@#$%^&*(-_=+)')}'`.replace(/'/g, "'")],
    ['py', 'credential', 'provider token', () => `stripe.api_key = "${X()}"`],
    ['py', 'not', 'environment reference', () => `DB_PASSWORD = os.environ["DB_PASSWORD"]`],
    ['py', 'not', 'environment reference', () => `api_key = os.getenv("API_KEY", "")`],
    ['py', 'not', 'function call', () => `password = get_secret("db/password")`],
    ['py', 'not', 'placeholder', () => `password = "changeme"`],
    ['py', 'not', 'placeholder', () => `API_KEY = "YOUR_API_KEY_HERE"`],
    ['py', 'not', 'setting', () => `PASSWORD_MIN_LENGTH = 12`],
    ['py', 'not', 'setting', () => `TOKEN_URL = "https://oauth2.googleapis.com/token"`],
    ['py', 'not', 'ui string', () => `password_label = "Enter your password"`],
    ['py', 'not', 'key name', () => `password_field = "password"`],
    ['py', 'not', 'dummy', () => `password = "password"`],
    ['py', 'not', 'hash', () => `password_hash = "$2b$12$${r.str(53, B62 + './')}"`],
    // --- JavaScript / TypeScript
    ['js', 'credential', 'assignment', () => `const password = '${P()}';`],
    ['js', 'credential', 'object property', () => `  auth: { user: '${v.user()}', password: '${P()}' },`],
    ['js', 'credential', 'object property', () => `  apiKey: "${T()}",`],
    ['js', 'credential', 'fallback literal', () => `const token = process.env.API_TOKEN || "${T()}";`],
    ['js', 'credential', 'provider token', () => `const slack = new WebClient("${X()}");`],
    ['js', 'not', 'environment reference', () => `const password = process.env.DB_PASSWORD;`],
    ['js', 'not', 'template reference', () => '  password: `${config.db.password}`,'],
    ['js', 'not', 'placeholder', () => `  apiKey: "<your-api-key>",`],
    ['js', 'not', 'setting', () => `const tokenType = "Bearer";`],
    ['js', 'not', 'key name', () => `  passwordKey: "password",`],
    ['js', 'not', 'ui string', () => `  errorMessage: "Invalid token",`],
    ['js', 'not', 'setting', () => `const secretName = "db-credentials";`],
    ['js', 'not', 'function call', () => `const token = await getToken(scope);`],
    ['js', 'not', 'masked', () => `  password: "********",`],
    // --- Java / Kotlin / C#
    ['java', 'credential', 'constant', () => `    private static final String DB_PASSWORD = "${P()}";`],
    ['java', 'credential', 'setter call', () => `        dataSource.setPassword("${P()}");`],
    ['java', 'credential', 'constant', () => `    static final String API_TOKEN = "${T()}";`],
    ['java', 'not', 'property reference', () => `    @Value("\${spring.datasource.password}") private String password;`],
    ['java', 'not', 'setting', () => `    private static final String PASSWORD_PARAM = "password";`],
    ['java', 'not', 'environment reference', () => `        String token = System.getenv("API_TOKEN");`],
    ['cs', 'credential', 'connection string', () => `var cs = "Server=${v.host()};Database=orders;User Id=${v.user()};Password=${P()};";`],
    ['cs', 'not', 'connection string without password', () => `var cs = "Server=${v.host()};Database=orders;Integrated Security=true;";`],
    // --- Go
    ['go', 'credential', 'struct field', () => `	Password: "${P()}",`],
    ['go', 'credential', 'short assignment', () => `	token := "${T()}"`],
    ['go', 'not', 'environment reference', () => `	password := os.Getenv("DB_PASSWORD")`],
    ['go', 'not', 'placeholder', () => `	Password: "",`],
    // --- config files
    ['properties', 'credential', 'properties', () => `spring.datasource.password=${P()}`],
    ['properties', 'credential', 'properties', () => `mail.smtp.password = ${P()}`],
    ['properties', 'not', 'property reference', () => `spring.datasource.password=\${DB_PASSWORD}`],
    ['properties', 'not', 'setting', () => `security.password.min-length=12`],
    ['xml', 'credential', 'xml element', () => `  <password>${P()}</password>`],
    ['xml', 'credential', 'xml attribute', () => `  <add key="ApiKey" value="${T()}" />`],
    ['xml', 'credential', 'xml attribute', () => `  <datasource user="${v.user()}" password="${P()}" />`],
    ['xml', 'not', 'property reference', () => `  <password>\${db.password}</password>`],
    ['xml', 'not', 'setting', () => `  <add key="PasswordPolicy" value="strong" />`],
    ['toml', 'credential', 'toml', () => `password = "${P()}"`],
    ['toml', 'not', 'environment reference', () => `password = "\${DB_PASSWORD}"`],
    ['ini', 'credential', 'ini', () => `password=${P()}`],
    ['ini', 'not', 'empty', () => `password=`],
    ['env', 'credential', '.env', () => `DB_PASSWORD=${P()}`],
    ['env', 'credential', '.env', () => `API_TOKEN=${T()}`],
    ['env', 'credential', '.env provider token', () => `PAYMENTS_KEY=${X()}`],
    ['env', 'not', '.env placeholder', () => `DB_PASSWORD=changeme`],
    ['env', 'not', '.env reference', () => `API_TOKEN=\${VAULT_TOKEN}`],
    ['env', 'not', '.env setting', () => `TOKEN_TTL_SECONDS=3600`],
    ['yml', 'credential', 'application yaml', () => `    password: ${P()}`],
    ['yml', 'not', 'application yaml reference', () => `    password: \${DB_PASSWORD}`],
    // --- containers
    ['Dockerfile', 'credential', 'Dockerfile ENV', () => `ENV DB_PASSWORD=${P()}`],
    ['Dockerfile', 'credential', 'Dockerfile ENV', () => `ENV API_TOKEN ${T()}`],
    ['Dockerfile', 'not', 'Dockerfile ARG reference', () => `ENV DB_PASSWORD=\${DB_PASSWORD}`],
    ['Dockerfile', 'not', 'Dockerfile setting', () => `ENV PASSWORD_FILE=/run/secrets/db_password`],
    ['compose', 'credential', 'compose environment list', () => `      - POSTGRES_PASSWORD=${P()}`],
    ['compose-map', 'credential', 'compose environment map', () => `      MYSQL_ROOT_PASSWORD: ${P()}`],
    ['compose', 'not', 'compose reference', () => `      - POSTGRES_PASSWORD=\${POSTGRES_PASSWORD}`],
    ['compose-map', 'not', 'compose file reference', () => `      MYSQL_ROOT_PASSWORD_FILE: /run/secrets/db_root_password`],
    ['compose-map', 'not', 'compose map reference', () => `      MYSQL_PASSWORD: \${MYSQL_PASSWORD:?set it}`],
    // --- shell
    ['sh', 'credential', 'curl -u', () => `curl -u ${v.user()}:${P()} https://ci.internal/api/json`],
    ['sh', 'credential', 'basic auth header', () => `curl -H "Authorization: Basic ${Buffer.from(`${v.user()}:${P()}`).toString('base64')}" https://api.internal/v1`],
    ['sh', 'credential', 'bearer header', () => `curl -H "Authorization: Bearer ${T()}" https://api.internal/v1`],
    ['sh', 'credential', 'export', () => `export API_TOKEN="${T()}"`],
    ['sh', 'credential', 'url with password', () => `DATABASE_URL=postgres://${v.user()}:${P().replace(/[@:/#?%]/g, 'x')}@${v.host()}:5432/app`],
    ['sh', 'credential', 'mysql -p', () => `mysql -u${v.user()} -p${P().replace(/[^A-Za-z0-9]/g, 'x')} -h ${v.host()}`],
    ['sh', 'not', 'curl -u reference', () => `curl -u "$CI_USER:$CI_TOKEN" https://ci.internal/api/json`],
    ['sh', 'not', 'bearer reference', () => `curl -H "Authorization: Bearer \${TOKEN}" https://api.internal/v1`],
    ['sh', 'not', 'bearer command', () => `curl -H "Authorization: Bearer $(gcloud auth print-access-token)" https://api.internal/v1`],
    ['sh', 'not', 'url without password', () => `DATABASE_URL=postgres://${v.user()}@${v.host()}:5432/app`],
    ['sh', 'not', 'export reference', () => `export API_TOKEN="$(vault kv get -field=token secret/ci)"`],
  ];
}

// A second set, written after the rules were tuned on the first and never tuned on: other languages
// and tools, the way their documentation shows credentials being passed. Its numbers are the honest ones.
function heldOutTemplates(v, r) {
  const P = () => v.password();
  const T = () => v.token();
  const X = () => v.prefixed();
  return [
    ['rb', 'credential', 'ruby hash', () => `  password: "${P()}",`],
    ['rb', 'credential', 'ruby attribute', () => `config.api_key = '${T()}'`],
    ['rb', 'credential', 'ruby ENV default', () => `ENV["SMTP_PASSWORD"] ||= "${P()}"`],
    ['rb', 'not', 'ruby ENV fetch', () => `config.api_key = ENV.fetch("API_KEY")`],
    ['rb', 'not', 'ruby credentials', () => `password: Rails.application.credentials.dig(:db, :password),`],
    ['php', 'credential', 'php variable', () => `$password = '${P()}';`],
    ['php', 'credential', 'php array', () => `    'secret' => '${T()}',`],
    ['php', 'credential', 'php define', () => `define('DB_PASSWORD', '${P()}');`],
    ['php', 'not', 'php env helper', () => `    'password' => env('DB_PASSWORD'),`],
    ['php', 'not', 'php getenv', () => `$token = getenv('API_TOKEN');`],
    ['rs', 'credential', 'rust let', () => `    let api_token = "${T()}";`],
    ['rs', 'not', 'rust env', () => `    let api_token = std::env::var("API_TOKEN")?;`],
    ['kt', 'credential', 'kotlin val', () => `    val clientSecret = "${T()}"`],
    ['kt', 'not', 'kotlin BuildConfig', () => `    val clientSecret = BuildConfig.CLIENT_SECRET`],
    ['tf', 'credential', 'terraform argument', () => `  password = "${P()}"`],
    ['tf', 'credential', 'terraform provider token', () => `  token = "${X()}"`],
    ['tf', 'not', 'terraform variable', () => `  password = var.db_password`],
    ['tf', 'not', 'terraform resource reference', () => `  password = random_password.db.result`],
    ['workflow', 'credential', 'workflow env literal', () => `      API_TOKEN: ${T()}`],
    ['workflow', 'not', 'workflow secret reference', () => `      API_TOKEN: \${{ secrets.API_TOKEN }}`],
    ['ansible', 'credential', 'ansible variable', () => `ansible_password: ${P()}`],
    ['ansible', 'not', 'ansible vault reference', () => `ansible_become_password: "{{ vault_become_password }}"`],
    ['json', 'credential', 'json client secret', () => `  "clientSecret": "${T()}",`],
    ['json', 'not', 'json secret name', () => `  "clientSecretName": "oauth-client",`],
    ['json', 'not', 'json empty', () => `  "password": "",`],
    ['py2', 'credential', 'redis keyword', () => `cache = redis.Redis(host="${v.host()}", port=6379, password="${P()}")`],
    ['py2', 'credential', 'requests auth tuple', () => `r = requests.get(url, auth=("${v.user()}", "${P()}"))`],
    ['py2', 'not', 'settings object', () => `cache = redis.Redis(host=settings.REDIS_HOST, password=settings.REDIS_PASSWORD)`],
    ['py2', 'not', 'test dummy', () => `password = ${JSON.stringify('test')}`],
    ['go2', 'credential', 'go setenv', () => `	os.Setenv("API_KEY", "${T()}")`],
    ['go2', 'credential', 'go basic auth', () => `	req.SetBasicAuth("${v.user()}", "${P()}")`],
    ['go2', 'not', 'go flag', () => `	password := flag.String("password", "", "database password")`],
    ['sh2', 'credential', 'sshpass', () => `sshpass -p '${P().replace(/'/g, 'x')}' ssh deploy@${v.host()}`],
    ['sh2', 'credential', 'git URL with token', () => `git clone https://oauth2:${T()}@gitlab.example.com/group/app.git`],
    ['sh2', 'credential', 'docker login -p', () => `docker login -u ${v.user()} -p ${P().replace(/[^A-Za-z0-9]/g, 'x')} registry.example.com`],
    ['sh2', 'credential', 'psql URL', () => `psql "postgresql://${v.user()}:${P().replace(/[@:/#?%'"]/g, 'x')}@${v.host()}/app"`],
    ['sh2', 'not', 'docker login stdin', () => `echo "$REGISTRY_TOKEN" | docker login -u ${v.user()} --password-stdin registry.example.com`],
    ['sh2', 'not', 'read password', () => `read -s -p "Password: " DB_PASSWORD`],
    ['npmrc', 'credential', 'npmrc auth token', () => `//registry.npmjs.org/:_authToken=${X().startsWith('npm') ? X() : T()}`],
    ['npmrc', 'not', 'npmrc variable', () => `//registry.npmjs.org/:_authToken=\${NPM_TOKEN}`],
  ];
}

const FILE_OF = {
  py: (i) => `svc${i}/settings.py`,
  js: (i) => `web${i}/src/config.js`,
  java: (i) => `api${i}/src/main/java/app/Config.java`,
  cs: (i) => `net${i}/Program.cs`,
  go: (i) => `gosvc${i}/main.go`,
  properties: (i) => `api${i}/src/main/resources/application.properties`,
  xml: (i) => `legacy${i}/web.config`,
  toml: (i) => `tool${i}/config.toml`,
  ini: (i) => `tool${i}/settings.ini`,
  env: (i) => `svc${i}/.env`,
  yml: (i) => `api${i}/src/main/resources/application.yml`,
  Dockerfile: (i) => `img${i}/Dockerfile`,
  compose: (i) => `stack${i}/docker-compose.yml`,
  'compose-map': (i) => `stack${i}/compose.yaml`,
  sh: (i) => `ops${i}/deploy.sh`,
  rb: (i) => `rails${i}/config/initializers/mailer.rb`,
  php: (i) => `php${i}/config/database.php`,
  rs: (i) => `rs${i}/src/main.rs`,
  kt: (i) => `android${i}/app/src/main/java/app/Api.kt`,
  tf: (i) => `infra${i}/main.tf`,
  workflow: (i) => `repo${i}/.github/workflows/deploy.yml`,
  ansible: (i) => `ansible${i}/group_vars/all.yml`,
  json: (i) => `web${i}/appsettings.json`,
  py2: (i) => `worker${i}/tasks.py`,
  go2: (i) => `cli${i}/cmd/root.go`,
  sh2: (i) => `ci${i}/release.sh`,
  npmrc: (i) => `pkg${i}/.npmrc`,
};

const HEADERS = {
  yml: ['spring:', '  datasource:', '    url: jdbc:postgresql://db/app'],
  compose: ['services:', '  app:', '    image: app:1.4', '    environment:'],
  'compose-map': ['services:', '  db:', '    image: mysql:8', '    environment:'],
  Dockerfile: ['FROM node:20-slim', 'WORKDIR /app'],
  sh: ['#!/bin/sh', 'set -eu'],
  xml: ['<configuration>'],
  workflow: ['name: deploy', 'on: push', 'jobs:', '  deploy:', '    runs-on: ubuntu-latest', '    steps:', '      - run: ./deploy.sh', '    env:'],
  json: ['{'],
  tf: ['resource "aws_db_instance" "main" {'],
};

/** The corpus: files with their text and the labels of their lines (file, line, truth, kind). */
export function buildCorpus(seed = 13, filesPerKind = 6, set = 'tuned') {
  const r = rng(seed);
  const v = values(r);
  const all = set === 'held-out' ? heldOutTemplates(v, r) : templates(v, r);
  const byExt = new Map();
  for (const t of all) byExt.set(t[0], [...(byExt.get(t[0]) ?? []), t]);
  const files = [];
  const labels = [];
  for (const [ext, list] of byExt) {
    for (let i = 0; i < filesPerKind; i++) {
      const file = FILE_OF[ext](i);
      const lines = [...(HEADERS[ext] ?? [])];
      // Every template of this file kind once, in a shuffled order, with unrelated lines between.
      const order = [...list].sort(() => r.next() - 0.5);
      for (const [, truth, kind, make] of order) {
        if (r.next() < 0.3 && !['yml', 'workflow', 'ansible', 'json', 'npmrc'].includes(ext) && !ext.startsWith('compose')) lines.push(ext === 'py' || ext === 'sh' || ext === 'toml' || ext === 'ini' || ext === 'properties' || ext === 'env' || ext === 'Dockerfile' ? '# configuration' : '// configuration');
        lines.push(make());
        labels.push({ file, line: lines.length, truth, kind });
      }
      if (ext === 'xml') lines.push('</configuration>');
      if (ext === 'json') lines.push('  "end": true', '}');
      if (ext === 'tf') lines.push('}');
      files.push({ file, text: lines.join('\n') + '\n' });
    }
  }
  return { files, labels };
}

/** Scores findings ({file, line, severity}) against the labels: blocking = severity error. */
export function score(labels, findings) {
  const blocked = new Set(findings.filter((f) => f.severity === 'error').map((f) => `${f.file}:${f.line}`));
  const positives = labels.filter((l) => l.truth === 'credential');
  const negatives = labels.filter((l) => l.truth === 'not');
  const hit = positives.filter((l) => blocked.has(`${l.file}:${l.line}`));
  const falseBlocks = negatives.filter((l) => blocked.has(`${l.file}:${l.line}`));
  const byKind = {};
  for (const l of labels) {
    const k = `${l.truth === 'credential' ? '+' : '-'} ${l.kind}`;
    byKind[k] ??= [0, 0];
    byKind[k][1]++;
    if (blocked.has(`${l.file}:${l.line}`)) byKind[k][0]++;
  }
  return {
    positives: positives.length,
    negatives: negatives.length,
    blocked: hit.length,
    falseBlocks: falseBlocks.length,
    recall: hit.length / positives.length,
    falseBlockRate: falseBlocks.length / labels.length,
    precision: hit.length / Math.max(1, hit.length + falseBlocks.length),
    byKind,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const set = arg('--set') ?? 'tuned';
  const { files, labels } = buildCorpus(Number(arg('--seed') ?? 13), 6, set);
  const out = arg('--out') ?? mkdtempSync(path.join(os.tmpdir(), 'sg-corpus-'));
  for (const f of files) {
    mkdirSync(path.dirname(path.join(out, f.file)), { recursive: true });
    writeFileSync(path.join(out, f.file), f.text);
  }
  writeFileSync(path.join(out, 'labels.json'), JSON.stringify(labels, null, 1));
  if (process.argv.includes('--out')) {
    console.log(`wrote ${files.length} files and ${labels.length} labels to ${out}`);
  } else {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
    const { execFileSync } = await import('node:child_process');
    let stdout;
    try {
      stdout = execFileSync(process.execPath, [path.join(root, 'dist', 'bin.js'), 'scan', '--format', 'json', '.'], { cwd: out, encoding: 'utf8', maxBuffer: 1 << 28 });
    } catch (e) {
      stdout = e.stdout;
    }
    const report = JSON.parse(stdout);
    const s = score(labels, report.findings);
    console.log(`corpus (${set} set): ${files.length} files, ${s.positives} credentials, ${s.negatives} near misses (seed ${arg('--seed') ?? 13})`);
    console.log(`blocking recall: ${(s.recall * 100).toFixed(1)}% (${s.blocked}/${s.positives})`);
    console.log(`false blocks: ${s.falseBlocks} of ${labels.length} labelled lines (${(s.falseBlockRate * 100).toFixed(1)}%); precision ${(s.precision * 100).toFixed(1)}%`);
    for (const [k, [b, n]] of Object.entries(s.byKind).sort()) console.log(`  ${k.padEnd(44)} ${b}/${n} blocked`);
  }
}
