import { defineConfig } from 'vitest/config';

// A dev server rewrites the project's .astro/ folder (its content module map), which every
// `astro build` of this project reads too; the tests that run one go alone, after the rest.
const DEV_SERVER_TESTS = ['tests/e2e/editorial.test.ts', 'tests/e2e/cms.test.ts'];

export default defineConfig({
  test: {
    // Builds and a real browser take seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Two cores: builds and Chromium compete for them.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'site', include: ['tests/**/*.test.ts'], exclude: DEV_SERVER_TESTS, globalSetup: ['tests/support/globalSetup.ts'] },
      },
      { extends: true, test: { name: 'dev-server', include: DEV_SERVER_TESTS, sequence: { groupOrder: 1 }, maxWorkers: 1 } },
    ],
  },
});
