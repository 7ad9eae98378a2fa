// Baselines: sorted fingerprints, no timestamps, no values, so the file diffs and merges cleanly.
import { readFileSync } from 'node:fs';
import { ConfigError } from '../errors.js';
import type { Finding } from '../types.js';

export const BASELINE_FILE = '.sealgate-baseline.json';

export function readBaseline(file: string): Set<string> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigError([`${file}: cannot read the baseline (${code ?? 'not valid JSON'})`]);
  }
  const fps = (raw as { fingerprints?: unknown }).fingerprints;
  if (!Array.isArray(fps) || !fps.every((f) => typeof f === 'string')) {
    throw new ConfigError([`${file}: fingerprints: must be a list of strings`]);
  }
  return new Set(fps as string[]);
}

/**
 * The baseline file. With `key` (the one the fingerprints were computed with) it is version 2: the
 * key travels with the baseline, so every machine of the team computes the same fingerprints, and it
 * never appears in a report.
 */
export function baselineJson(findings: Finding[], key?: string): string {
  const fingerprints = [...new Set(findings.map((f) => f.fingerprint))].sort();
  const body = key ? { version: 2, tool: 'sealgate', key, fingerprints } : { version: 1, tool: 'sealgate', fingerprints };
  return JSON.stringify(body, null, 2) + '\n';
}
