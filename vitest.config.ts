import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Two cores here; the CLI spawn tests are heavier than the unit tests.
    pool: 'threads',
    // test files share a worker's module cache: each file importing the whole pipeline anew cost about a fifth of the run
    isolate: false,
    testTimeout: 60_000,
  },
});
