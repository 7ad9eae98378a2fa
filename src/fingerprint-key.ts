// Which key a scan's fingerprints use (see fingerprint.ts): the baseline's own key when the baseline
// has one; none (unkeyed, as before) for a baseline written without a key, so it keeps matching; else
// the repository's local key in the git directory, created on first use (mode 0600); outside git a
// key for this run only.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Git, type Env } from './sources/git-client.js';
import { newFingerprintKey } from './engine/fingerprint.js';

export interface KeyChoice {
  key?: string;
  /** Set when the baseline has no key (its fingerprints are unkeyed). */
  note?: string;
}

const KEY = /^[0-9a-f]{32,128}$/;

export function baselineKey(file: string): { exists: boolean; key?: string } {
  if (!existsSync(file)) return { exists: false };
  try {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as { key?: unknown };
    return { exists: true, key: typeof raw.key === 'string' && KEY.test(raw.key) ? raw.key : undefined };
  } catch {
    return { exists: true }; // readBaseline reports the broken file
  }
}

export async function fingerprintKey(root: string, baselineFile: string | undefined, inGit: boolean, env: Env): Promise<KeyChoice> {
  if (baselineFile) {
    const b = baselineKey(baselineFile);
    if (b.exists) {
      if (b.key) return { key: b.key };
      return { note: `${path.relative(root, baselineFile) || baselineFile}: the baseline has no key, so fingerprints are unkeyed hashes a guesser can test; run 'sealgate baseline' to rewrite it with one` };
    }
  }
  if (!inGit) return { key: newFingerprintKey() };
  const gitDir = await new Git(root, env).gitDir();
  if (!gitDir) return { key: newFingerprintKey() };
  const file = path.join(gitDir, 'sealgate-fingerprint-key');
  try {
    const k = readFileSync(file, 'utf8').trim();
    if (KEY.test(k)) return { key: k };
  } catch {
    // first use
  }
  const key = newFingerprintKey();
  try {
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
    return { key };
  } catch {
    // Another process wrote it first, or the git dir is read-only: use what is there, else this run's.
    try {
      const k = readFileSync(file, 'utf8').trim();
      if (KEY.test(k)) return { key: k };
    } catch {
      // fall through
    }
    return { key };
  }
}
