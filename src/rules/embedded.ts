// Values that are whole files: a Secret's `config.yaml`, `grafana.ini`, `credentials.json`, a
// `.dockerconfigjson`. Whether they hold a credential depends on what is inside, not on the key they
// sit under: `alertmanager.yaml` with only routes is configuration; `{"password": "x7..."}` is not.
import { classifyValue, credentialUrlReason, truncatedPem } from './classify.js';
import { decodeBase64, printableText } from './values.js';

/** Looks like a file (JSON object/array, several `key: value` / `key = value` lines, an INI section). */
export function isStructured(text: string): boolean {
  const t = text.trim();
  if ((t[0] === '{' || t[0] === '[') && (t.endsWith('}') || t.endsWith(']'))) return true;
  if (t.includes('-----BEGIN ')) return false;
  const lines = t.split('\n').filter((l) => l.trim() && !/^\s*[#;]/.test(l));
  if (lines.length < 2) return false;
  const pairs = lines.filter((l) => PAIR.test(l) || /^\s*\[[^\]]+\]\s*$/.test(l) || /^\s*-\s/.test(l)).length;
  return pairs / lines.length >= 0.5;
}

const PAIR = /^\s*(?:-\s+)?["']?([\w.@/-]+)["']?\s*[:=]\s*(.*?)\s*,?\s*$/;

/** The first credential found inside a structured value, with its reason; undefined when none. */
export function embeddedCredential(text: string, depth = 0): string | undefined {
  if (depth > 2) return undefined;
  const t = text.trim();
  if (/-----BEGIN [A-Z0-9 ]*PRIVATE KEY/.test(t)) {
    if (!truncatedPem(t.slice(t.indexOf('-----BEGIN ')))) return 'private key';
  }
  if (t[0] === '{' || t[0] === '[') {
    try {
      return inJson(JSON.parse(t) as unknown, '', depth);
    } catch {
      /* not JSON: read it line by line */
    }
  }
  for (const line of t.split('\n')) {
    if (/^\s*(?:#|\/\/|;)/.test(line)) continue; // comments: the content rules still read them
    const m = PAIR.exec(line);
    if (!m) {
      const url = /:\/\//.test(line) ? credentialUrlReason(line) : undefined;
      if (url) return url;
      continue;
    }
    // `- key: opt` in a selector or toleration list: a label key, not a value
    if (/^\s*-\s+key\s*:/.test(line)) continue;
    const value = m[2]!.replace(/\s+#.*$/, '').replace(/^(['"])(.*)\1$/, '$2');
    // `"credential": {`, `auth: |`: the value is on the next lines, which this loop reads too.
    if (!/[A-Za-z0-9]/.test(value) || /^[|>][-+]?\d*$/.test(value)) continue;
    const found = leaf(m[1]!, value, depth);
    if (found) return found;
  }
  return undefined;
}

function inJson(v: unknown, key: string, depth: number): string | undefined {
  if (typeof v === 'string') return leaf(key, v, depth);
  if (Array.isArray(v)) {
    for (const i of v) {
      const r = inJson(i, key, depth);
      if (r) return r;
    }
  } else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      const r = inJson(x, k, depth);
      if (r) return r;
    }
  }
  return undefined;
}

function leaf(key: string, value: string, depth: number): string | undefined {
  if (!value) return undefined;
  if (isStructured(value)) return embeddedCredential(value, depth + 1);
  // docker config `auth`: base64 of user:password
  if (/^auth$/i.test(key)) {
    const text = printableText(decodeBase64(value) ?? Buffer.alloc(0));
    if (text && /^[^:]+:(.+)$/.test(text)) {
      const pass = text.slice(text.indexOf(':') + 1);
      return classifyValue(pass, { key: 'password', where: 'setting' }).credential ? 'registry auth' : undefined;
    }
  }
  const v = classifyValue(value, key ? { key, where: 'setting' } : { where: 'content' });
  if (!v.credential) return undefined;
  // Without a key only a URL carrying a password or a private key counts; random-looking text in a
  // config file is more often an id or a hash than a secret.
  if (!key && !/:\/\/|PRIVATE KEY/.test(value)) return undefined;
  return v.reason;
}
