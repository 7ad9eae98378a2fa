// The GitHub Action's entry (action.yml runs dist/action.js): all the work is in src/action/run.ts.
import { run } from './action/run.js';

process.exitCode = await run();
