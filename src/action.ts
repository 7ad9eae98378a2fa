// The GitHub Action's entry (action.yml runs dist/action.js): all the work is in src/action/run.ts.
import { run } from './action/run.js';
import { escapeData } from './report/escape.js';

// A stray rejection must not end the step with exit 1, which reads as "findings": it is an error (2).
process.on('unhandledRejection', (e) => {
  process.stdout.write(`::error::${escapeData(`sealgate: internal error: ${String((e as Error)?.message ?? e).split('\n')[0]}`)}\n`);
  process.exit(2);
});

process.exitCode = await run();
