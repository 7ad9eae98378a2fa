// docs/rules.md is generated from the rule files; this fails when someone changed a rule and did not
// run `npm run rules-doc`.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
// @ts-expect-error: a plain .mjs script without types
import { rulesDoc } from '../scripts/rules-doc.mjs';

const ROOT = path.resolve(__dirname, '..');

describe('docs/rules.md', () => {
  it('is up to date with the rule files (run npm run rules-doc)', () => {
    expect(readFileSync(path.join(ROOT, 'docs', 'rules.md'), 'utf8')).toBe((rulesDoc as (root: string) => string)(ROOT));
  });
  it('has one row per provider rule, with its rotation link', () => {
    const page = (rulesDoc as (root: string) => string)(ROOT);
    expect(page).toMatch(/^\| GitLab \| GitLab runner authentication token \| `gitlab-runner-token` \| error \|.*\[link\]\(https:\/\/docs\.gitlab\.com\//m);
    expect(page).toMatch(/^\| npm \| npm access token \| `npm-access-token` \| error \| `github-crc32` \|/m);
  });
});
