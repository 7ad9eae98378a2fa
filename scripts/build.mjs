// Bundles the CLI and the Action into dist/ (checked in: the Action runs it as is, and the CLI
// starts faster from one file). Heavy modules (node-forge, @actions/core, formatters) are split
// into chunks that load only when used, so the pre-commit path stays small.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { allBuildOptions, writeRulesManifest } from './build-options.mjs';

rmSync('dist', { recursive: true, force: true });
for (const options of allBuildOptions()) await build(options);
// Which rule files the bundles embed, so the freshness test can name a rule file dist/ lacks.
writeRulesManifest('dist');
