import path from 'node:path';
import { defineConfig } from 'vitest/config';

/** `npm run test:build`: the slow build tests (tests/build), run by `npm test` after the e2e suite. */
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/build/**/*.test.ts'],
    environment: 'node',
    // Each test runs (part of) a full build: minutes on a small machine.
    testTimeout: 20 * 60_000,
    fileParallelism: false,
  },
});
