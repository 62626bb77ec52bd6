import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KNOWN_DURATIONS_S, longestFirst } from '../../support/durationSequencer.ts';

describe('the order of test files', () => {
  it('starts the longest known files first and keeps the given order of the rest', () => {
    const expected: Record<string, number | undefined> = { a: undefined, b: 5, c: undefined, d: 80, e: 5 };
    expect(longestFirst(['a', 'b', 'c', 'd', 'e'], (name) => expected[name])).toEqual(['d', 'b', 'e', 'a', 'c']);
  });

  it('names only test files that exist, each with a duration', () => {
    for (const [file, seconds] of Object.entries(KNOWN_DURATIONS_S)) {
      expect(existsSync(resolve(file)), file).toBe(true);
      expect(file).toMatch(/^tests\/.+\.test\.ts$/);
      expect(seconds).toBeGreaterThan(0);
    }
  });
});
