import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { DurationSequencer } from './tests/support/durationSequencer.ts';

/**
 * Unit tests share one module graph per worker (`isolate: false`): they test pure logic, and importing the
 * same modules again for each of 100+ files was most of their time (docs/testing.md). A unit test that
 * replaces a module (`vi.mock`) would replace it for the files after it, so it runs isolated, with the rest.
 */
const UNIT_TESTS = readdirSync('tests/unit', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.test.ts'))
  .map((file) => `tests/unit/${file.split('\\').join('/')}`);
const SHARED_UNIT_TESTS = UNIT_TESTS.filter((file) => !/\bvi\.(mock|doMock)\(/.test(readFileSync(file, 'utf8')));

export default defineConfig({
  test: {
    globalSetup: ['tests/support/globalSetup.ts'],
    // Builds and a real browser take seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Files run side by side: every build and dev server has its own project copy, output and cache
    // folders (tests/support/projectRoot.ts), every server its own port, database, data folder and SMTP sink.
    // One worker more than cores: a file waits for a tenth of its time or so (servers starting, timers such as
    // Akismet's 3 s), and the extra file fills those pauses. On 2 cores: 3 workers, idle CPU 56 → 12 core-seconds,
    // 328 → 305–310 s (docs/testing.md).
    fileParallelism: true,
    maxWorkers: availableParallelism() + 1,
    // The slowest files first, also on a fresh clone without vitest's cache of durations (tests/support/durationSequencer.ts).
    sequence: { sequencer: DurationSequencer },
    projects: [
      { extends: true, test: { name: 'unit', include: SHARED_UNIT_TESTS, isolate: false } },
      { extends: true, test: { name: 'isolated', include: ['tests/**/*.test.ts'], exclude: SHARED_UNIT_TESTS } },
    ],
  },
});
