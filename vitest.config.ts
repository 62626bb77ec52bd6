import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/globalSetup.ts'],
    // Builds and a real browser take seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // One test file at a time: Astro keeps generated modules in the project's
    // .astro/ folder, so two builds or dev servers of this project side by side
    // overwrite each other's content module map (a build then fails to render entries).
    fileParallelism: false,
  },
});
