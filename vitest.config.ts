import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { DurationSequencer } from './tests/support/durationSequencer.ts';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/globalSetup.ts'],
    // Builds and a real browser take seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Files run side by side: every build and dev server has its own project copy, output and cache
    // folders (tests/support/projectRoot.ts), every server its own port, database, data folder and SMTP sink.
    // Two workers even on two cores: most of a test file's time is spent waiting on a child process or the browser.
    fileParallelism: true,
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // The slowest files first, also on a fresh clone without vitest's cache of durations (tests/support/durationSequencer.ts).
    sequence: { sequencer: DurationSequencer },
  },
});
