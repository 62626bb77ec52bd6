import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * How long the slowest test files take (seconds, during a whole `npm test` on a 2-core machine, 2026-12-05, from
 * its JSON report; docs/testing.md). Only the order matters: on a fresh clone vitest has no durations
 * of its own and starts the largest files first, so a long file could start last and run on alone while the
 * other worker idles. A file missing here is only started later; refresh the list when the slow files change.
 */
export const KNOWN_DURATIONS_S: Record<string, number> = {
  'tests/e2e/comments.test.ts': 63,
  'tests/e2e/cmsRoundTrip.test.ts': 58,
  'tests/e2e/cms.test.ts': 57,
  'tests/e2e/pages.test.ts': 40,
  'tests/integration/comments/api.test.ts': 39,
  'tests/integration/moderation/articleSubscriptions.test.ts': 37,
  'tests/integration/moderation/moderationApi.test.ts': 28,
  'tests/e2e/readerModeration.test.ts': 21,
  'tests/e2e/commentEdits.test.ts': 19,
  'tests/integration/selfhost/scheduledPublishing.test.ts': 18,
  'tests/integration/moderation/readerNotifications.test.ts': 18,
  'tests/integration/moderation/auth.test.ts': 18,
  'tests/build/factCheckGate.test.ts': 17,
  'tests/e2e/moderation.test.ts': 16,
  'tests/integration/import/foreignImport.test.ts': 16,
  'tests/e2e/search.test.ts': 13,
  'tests/build/frontmatterErrors.test.ts': 13,
};

/**
 * Orders items longest first by their expected duration; items without one follow in the order given.
 * Stable: equal durations keep their order.
 */
export function longestFirst<T>(items: T[], expectedMs: (item: T) => number | undefined): T[] {
  const known = items.map((item, index) => ({ item, index, ms: expectedMs(item) })).filter((entry) => entry.ms !== undefined);
  known.sort((a, b) => b.ms! - a.ms! || a.index - b.index);
  const unknown = items.filter((item) => expectedMs(item) === undefined);
  return [...known.map((entry) => entry.item), ...unknown];
}

/**
 * vitest's order (failed files first, then the longest by its cache of earlier runs, then the largest), with
 * KNOWN_DURATIONS_S standing in for the cache where it has no result: so a fresh clone starts its slow files
 * first too, and the two workers finish at about the same time.
 */
export class DurationSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const ordered = await super.sort(files);
    const root = this.ctx.config.root;
    return longestFirst(ordered, (spec) => {
      const result = this.ctx.cache.getTestSpecificationResult(spec);
      if (result) return result.failed ? Number.POSITIVE_INFINITY : result.duration;
      const hint = KNOWN_DURATIONS_S[relative(root, spec.moduleId).split('\\').join('/')];
      return hint === undefined ? undefined : hint * 1000;
    });
  }
}
