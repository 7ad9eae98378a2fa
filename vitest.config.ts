import { defineConfig } from 'vitest/config';
// @ts-expect-error: a JavaScript module without types (shared with scripts/build.mjs)
import { auditPageScript } from './scripts/build-options.mjs';

export default defineConfig({
  // What the build embeds, so the tests run the page with the same compiled script as dist/.
  define: { SEALGATE_AUDIT_SCRIPT: JSON.stringify(auditPageScript()) },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
