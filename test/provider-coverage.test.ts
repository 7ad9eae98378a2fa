// Breadth: every provider rule's own credential, generated from its failing example (checksummed
// formats are built now), planted the way people leak them: an .env line, a shell export, a code
// assignment. At least 90% of the formats must be found in each position, by their own rule.
import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { Engine } from '../src/engine/engine.js';
import { loadBuiltinRules } from '../src/rules/load.js';
import type { Rule } from '../src/rules/types.js';
import { expandExample } from './helpers/token-gen.js';

const rules = loadBuiltinRules();
const engine = new Engine({ rules });
const providerRules = rules.filter((r) => r.provider && r.file.split(path.sep).join('/').includes('rules/providers/'));

/** `DATADOG_API_KEY` from "Datadog API key": the name people give the variable. */
export function envName(credential: string): string {
  return credential.replace(/\([^)]*\)/g, '').replace(/[^A-Za-z0-9]+/g, '_').replace(/^_|_$/g, '').toUpperCase();
}

function camel(credential: string): string {
  const parts = credential.replace(/\([^)]*\)/g, '').split(/[^A-Za-z0-9]+/).filter(Boolean);
  return parts.map((p, i) => (i === 0 ? p.toLowerCase() : p[0]!.toUpperCase() + p.slice(1).toLowerCase())).join('');
}

/** The credential of a rule's first failing example, as its rule reports it (single-line ones only). */
export function sampleOf(rule: Rule): string | undefined {
  for (const ex of rule.examples.invalid) {
    const code = expandExample(ex.code);
    const found = engine.scanText(ex.path ?? 'example.txt', code).findings.find((f) => f.ruleId === rule.id);
    if (found && !/[\r\n]/.test(found.secret)) return found.secret;
  }
  return undefined;
}

const placements: [string, string, (name: string, camelName: string, secret: string) => string][] = [
  ['.env line', '.env', (n, _c, s) => `# production\n${n}=${s}\n`],
  ['export line', 'scripts/deploy.sh', (n, _c, s) => `#!/bin/sh\nexport ${n}="${s}"\n./deploy\n`],
  ['code assignment', 'src/client.py', (_n, c, s) => `import client\n\n${c} = "${s}"\nclient.connect(${c})\n`],
];

describe('provider formats in plain text', () => {
  const samples = providerRules.map((r) => [r, sampleOf(r)] as const);
  it('every provider rule yields a one-line sample from its examples (multi-line formats aside)', () => {
    const missing = samples.filter(([r, s]) => !s && !/private-key|putty|openvpn|minisign|wireguard/.test(r.id)).map(([r]) => r.id);
    expect(missing).toEqual([]);
  });
  for (const [where, file, plant] of placements) {
    it(`at least 90% are found in an ${where}`, () => {
      const tried = samples.filter(([, s]) => s);
      const missed = tried.filter(([r, s]) => {
        const text = plant(envName(r.credential!), camel(r.credential!), s!);
        return !engine.scanText(file, text).findings.some((f) => f.ruleId === r.id);
      });
      const rate = 1 - missed.length / tried.length;
      if (process.env.SG_COVERAGE_REPORT) console.log(`${where}: ${tried.length - missed.length}/${tried.length} found; missed: ${missed.map(([r]) => r.id).join(", ")}`);
      expect(rate, `missed in ${where}: ${missed.map(([r]) => r.id).join(', ')}`).toBeGreaterThanOrEqual(0.9);
    });
  }
});

describe('provider formats inside Kubernetes objects are named by format', () => {
  const samples = providerRules.map((r) => [r, sampleOf(r)] as const).filter(([, s]) => s) as [Rule, string][];
  const secret = (key: string, data: string, field: 'data' | 'stringData') =>
    ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: app', 'type: Opaque', `${field}:`, `  ${key}: ${JSON.stringify(data)}`, ''].join('\n');
  const positions: [string, string, (key: string, s: string) => string][] = [
    ["a Secret's base64 data", 'k8s/secret.yaml', (k, s) => secret(k, Buffer.from(s).toString('base64'), 'data')],
    ["a Secret's stringData", 'k8s/secret.yaml', (k, s) => secret(k, s, 'stringData')],
    ['a ConfigMap', 'k8s/config.yaml', (k, s) => ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: app', 'data:', `  ${k}: ${JSON.stringify(s)}`, ''].join('\n')],
    [
      "a container's env value",
      'k8s/deploy.yaml',
      (k, s) =>
        ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: app', 'spec:', '  template:', '    spec:', '      containers:', '        - name: app', '          image: app:1',
          '          env:', `            - name: ${k.toUpperCase()}`, `              value: ${JSON.stringify(s)}`, ''].join('\n'),
    ],
    ['a Helm values file', 'chart/values.yaml', (k, s) => ['image:', '  tag: 1.2.3', 'app:', `  ${k}: ${JSON.stringify(s)}`, ''].join('\n')],
  ];
  for (const [where, file, build] of positions) {
    // An env value's name sits on the line above it, out of reach of the rules that know a format only
    // by its variable name (a Datadog key is 32 hex digits): those formats are not named there.
    const floor = where.includes('env value') ? 0.75 : 0.9;
    it(`at least ${floor * 100}% in ${where}, as one finding naming the credential`, () => {
      const missed: string[] = [];
      for (const [r, s] of samples) {
        const findings = engine.scanText(file, build(envName(r.credential!).toLowerCase(), s)).findings;
        expect(findings.length, `${r.id}: one finding per key`).toBeLessThanOrEqual(1);
        if (findings[0]?.credential !== r.credential) missed.push(r.id);
      }
      const rate = 1 - missed.length / samples.length;
      if (process.env.SG_COVERAGE_REPORT) console.log(`${where}: ${samples.length - missed.length}/${samples.length} named; missed: ${missed.join(', ')}`);
      expect(rate, `not named in ${where}: ${missed.join(', ')}`).toBeGreaterThanOrEqual(floor);
    });
  }
});
