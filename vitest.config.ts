/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Two projects: `unit` (pure helpers, schemas, validator, components via the Container API) needs no build and
// runs beside it; `e2e` checks the built dist/ in Node and in Chromium after it (see scripts/test.mjs). Neither
// isolates its files: the unit tests are pure, and sharing one module graph halves their run (imports were 40% of
// it); the browser tests share one Chromium per worker and lend its pages (tests/e2e/support/site.ts).
export default getViteConfig({
  test: {
    environment: 'node',
    projects: [
      // Parsing every page is fast alone but slow on a busy 2-core machine; 20 s keeps a loaded run from failing on time.
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.ts'], testTimeout: 20_000, isolate: false },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000, maxWorkers: 2, isolate: false },
      },
    ],
  },
});
