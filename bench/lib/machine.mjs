// The machine a result was measured on: numbers without it are meaningless.
import os from 'node:os';
import { spawnSync } from 'node:child_process';

function version(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim().split('\n')[0] : undefined;
}

export function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: os.availableParallelism ? os.availableParallelism() : cpus.length,
    memGB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    git: version('git', ['--version'])?.replace(/^git version /, ''),
    ripgrep: version('rg', ['--version'])?.replace(/^ripgrep /, ''),
    gitSecrets: version('dpkg-query', ['-W', '-f=${Version}', 'git-secrets']),
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  };
}

export function machineLine(m) {
  return `${m.cpu}, ${m.cores} cores, ${m.memGB} GB RAM, ${m.os}, Node ${m.node}, git ${m.git}`;
}
