import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Two cores here; the CLI spawn tests are heavier than the unit tests.
    pool: 'threads',
    testTimeout: 60_000,
  },
});
