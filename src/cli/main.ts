// The sealgate process: reads stdin when piped, runs the command, prints, sets the exit code. The
// only module of the CLI that touches `process`; bundled alone as dist/cli.cjs (see src/bin.ts).
import { isatty } from 'node:tty';
import { run } from './run.js';

export { warmUp } from './warm-up.js';
// The CLI's worker threads run the scan worker from this bundle (src/worker-launcher.ts).
export { runScanWorker } from '../parallel/scan-worker.js';

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function main(): Promise<void> {
  process.on('unhandledRejection', (e) => {
    process.stderr.write(`sealgate: internal error: ${(e as Error)?.message ?? e}\n`);
    process.exit(2);
  });
  // isatty(fd), not process.stdin.isTTY: the process.stdin and process.stderr getters build a stream
  // (and load its modules, about 4 ms), which a hook never reads from and rarely writes to.
  const tty = { stdin: isatty(0), stdout: isatty(1), stderr: isatty(2) };
  const result = await run(process.argv.slice(2), {
    stdin: readStdin,
    tty,
    ...(tty.stderr ? { live: (text: string) => void process.stderr.write(text) } : {}),
  });
  if (result.stdout) process.stdout.write(result.stdout);
  if (result.stderr) process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
}
