import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * How long the test files of 3 s or more take (seconds, during a whole `npm test` on a 2-core machine, 2026-12-05/06,
 * from its JSON report; docs/testing.md). Only the order matters: on a fresh clone vitest has no durations
 * of its own and starts the largest files first, so a long file could start last and run on alone while the
 * other worker idles. A file missing here is only started later; refresh the list when the slow files change.
 */
export const KNOWN_DURATIONS_S: Record<string, number> = {
  'tests/e2e/comments.test.ts': 80,
  'tests/e2e/cmsRoundTrip.test.ts': 69,
  'tests/integration/comments/api.test.ts': 61,
  'tests/e2e/cms.test.ts': 53,
  'tests/integration/moderation/articleSubscriptions.test.ts': 49,
  'tests/integration/moderation/auth.test.ts': 38,
  'tests/integration/import/foreignImport.test.ts': 32,
  'tests/e2e/readerModeration.test.ts': 30,
  'tests/integration/moderation/moderationApi.test.ts': 30,
  'tests/e2e/accessibility.test.ts': 28,
  'tests/e2e/commentEdits.test.ts': 27,
  'tests/build/factCheckGate.test.ts': 26,
  'tests/e2e/pages.test.ts': 24,
  'tests/integration/moderation/readerNotifications.test.ts': 22,
  'tests/integration/netlify/functionsServe.test.ts': 22,
  'tests/integration/selfhost/scheduledPublishing.test.ts': 22,
  'tests/build/frontmatterErrors.test.ts': 21,
  'tests/integration/moderation/dataAccess.test.ts': 19,
  'tests/e2e/moderation.test.ts': 16,
  'tests/e2e/search.test.ts': 16,
  'tests/integration/moderation/loginBurst.test.ts': 15,
  'tests/e2e/crawl.test.ts': 14,
  'tests/integration/spam/spamFilter.test.ts': 12,
  'tests/cli/newPost.test.ts': 10,
  'tests/e2e/commentPreview.test.ts': 10,
  'tests/e2e/editorial.test.ts': 8,
  'tests/integration/db/concurrentMigrations.test.ts': 7,
  'tests/integration/moderation/removedModeratorLinks.test.ts': 7,
  'tests/e2e/commentCounts.test.ts': 6,
  'tests/e2e/subscriptions.test.ts': 6,
  'tests/integration/moderation/moderatorMail.test.ts': 6,
  'tests/cli/factcheck.test.ts': 5,
  'tests/integration/moderation/backup.test.ts': 5,
  'tests/integration/comments/authorEdits.test.ts': 4,
  'tests/e2e/spamFilter.test.ts': 3,
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
