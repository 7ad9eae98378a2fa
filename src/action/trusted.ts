// Which configuration a run obeys. A pull request is a proposal from anyone who can open one: its own
// .sealgate.yaml could switch rules off, allowlist every path, add a custom rule that hangs the scan,
// or name an attacker's certificate in the suggested fix. So pull_request, pull_request_target and
// merge_group runs read the configuration, the baseline and the custom rules from the BASE commit
// (a change to them takes effect once it is merged); a `config` input outside the repository (a file
// the workflow wrote) is used as it is. Other events (push, schedule, dispatch) scan commits that are
// already in the repository, and read the checkout.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CONFIG_FILE, loadConfig } from '../config/load.js';
import { ConfigError, UsageError } from '../errors.js';
import type { Git } from '../sources/git-client.js';
import { short } from './shallow.js';

export interface Settings {
  /** Config file for scan(); undefined = the default lookup in the checkout. */
  configPath?: string;
  baselinePath?: string;
  /** For the log and the job summary: which configuration the run obeyed. */
  describe: string;
  /** Repository files that configure sealgate and that the pull request changes (they apply after merge). */
  changedByProposal: string[];
}

export interface SettingsInputs {
  configInput?: string;
  baselineInput?: string;
  /** The base commit of a pull request or merge group; undefined for other events. */
  trustedBase?: string;
  head?: string;
  /** Where to write the base commit's files (RUNNER_TEMP). */
  tmp?: string;
}

export async function runSettings(git: Git, o: SettingsInputs): Promise<Settings> {
  const root = git.root;
  const inRepo = (p: string) => {
    const abs = path.resolve(root, p);
    const rel = path.relative(root, abs);
    return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : undefined;
  };
  if (!o.trustedBase) {
    const configPath = o.configInput ? path.resolve(root, o.configInput) : undefined;
    return {
      configPath,
      baselinePath: o.baselineInput ? path.resolve(root, o.baselineInput) : undefined,
      describe: configPath ? `${o.configInput} (the config input)` : 'the checkout',
      changedByProposal: [],
    };
  }

  const base = o.trustedBase;
  const dir = mkdtempSync(path.join(o.tmp || os.tmpdir(), 'sealgate-base-'));
  /** Writes `rel` as of the base commit under `dir`; false when the base has no such file. */
  const materialize = async (rel: string): Promise<boolean> => {
    const bytes = await git.blobAt(base, rel);
    if (bytes === undefined) return false;
    const dest = path.join(dir, rel);
    mkdirSync(path.dirname(dest), { recursive: true });
    writeFileSync(dest, bytes);
    return true;
  };

  const pinned = o.configInput && !inRepo(o.configInput) ? path.resolve(root, o.configInput) : undefined;
  const configRel = o.configInput ? inRepo(o.configInput) : CONFIG_FILE;
  let configPath: string;
  let describe: string;
  if (pinned) {
    configPath = pinned;
    describe = `${o.configInput} (pinned by the workflow, outside the repository)`;
  } else if (await materialize(configRel!)) {
    configPath = path.join(dir, configRel!);
    describe = `${configRel} as of the base commit ${short(base)}`;
  } else if (o.configInput) {
    throw new UsageError(`sealgate: the config input names ${configRel}, which the base commit ${short(base)} does not have (a pull request's configuration takes effect once merged)`);
  } else {
    // No configuration at the base: the built-in defaults, never the pull request's own file.
    configPath = path.join(dir, CONFIG_FILE);
    writeFileSync(configPath, '{}\n');
    describe = `none at the base commit ${short(base)} (built-in defaults)`;
  }

  const watched = new Set<string>(configRel ? [configRel] : []);
  let baselinePath: string | undefined;
  const baselineRel = o.baselineInput ? inRepo(o.baselineInput) : await configuredBaseline(dir, configPath);
  if (o.baselineInput && !baselineRel) baselinePath = path.resolve(root, o.baselineInput);
  else if (baselineRel) {
    watched.add(baselineRel);
    if (!(await materialize(baselineRel))) {
      // The base accepts no findings yet: an empty baseline, not the one the pull request brings.
      writeFileSync(path.join(dir, baselineRel), '{"fingerprints": []}\n');
    }
    baselinePath = path.join(dir, baselineRel);
  }
  if (baselineRel) describe += `, baseline ${baselineRel} as of the base commit`;

  return { configPath, baselinePath, describe, changedByProposal: o.head ? await changed(git, base, o.head, [...watched]) : [] };
}

/** The baseline the base's configuration names, relative to the repository (undefined if none). */
async function configuredBaseline(dir: string, configPath: string): Promise<string | undefined> {
  const config = await loadConfig(dir, configPath);
  if (!config.baseline) return undefined;
  const rel = path.relative(dir, config.baseline);
  if (rel.startsWith('..') || path.isAbsolute(rel)) throw new ConfigError([`${path.relative(dir, configPath)}: baseline: must be inside the repository`]);
  return rel.split(path.sep).join('/');
}

async function changed(git: Git, base: string, head: string, files: string[]): Promise<string[]> {
  if (files.length === 0) return [];
  const r = await git.run(['diff', '--name-only', '--no-renames', base, head, '--', ...files]);
  return r.code === 0 ? r.stdout.toString('utf8').split('\n').filter(Boolean) : [];
}
