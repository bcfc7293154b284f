import { availableParallelism } from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

/** Test files that replace modules (vi.mock) and so need a module graph of their own. */
const mocking = ['tests/unit/throwaway-variant.test.tsx', 'tests/unit/unexpected-error.test.ts'];

/**
 * Three projects: `npm run test:unit` runs the first two (lib/, components, scripts), `npm run test:site`
 * the third, over the built site (after `npm run build`).
 *
 * `unit` and `site` share each worker's modules between test files (`isolate: false`): the corpus, the
 * OpenCC converters and the parsed pages are built once per worker, not once per file (14 files read the
 * corpus). Only files that replace modules get a fresh graph (`unit-isolated`).
 */
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    environment: 'node',
    testTimeout: 20_000,
    // A worker per core (Vitest leaves one free by default): the unit tests took 79 s instead of 97 s on 2 cores.
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], exclude: mocking, isolate: false },
      },
      { extends: true, test: { name: 'unit-isolated', include: mocking } },
      // A site test reads every built page (or runs EPUBCheck on every book): 15–30 s on a busy 2-core machine.
      {
        extends: true,
        test: { name: 'site', include: ['tests/site/**/*.test.ts'], isolate: false, testTimeout: 90_000 },
      },
    ],
  },
});
