import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/globalSetup.ts'],
    // Builds and a real browser take seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Two cores: builds and Chromium compete for them.
    maxWorkers: 2,
  },
});
