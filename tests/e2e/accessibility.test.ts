import { beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../support/axe.ts';
import { pageTypes } from '../support/pageTypes.ts';
import { publishedSamplePosts } from '../support/publishedContent.ts';
import { useSiteInBrowser } from '../support/siteInBrowser.ts';

describe('e2e: accessibility (axe-core)', () => {
  const site = useSiteInBrowser();
  let types: Record<string, string>;

  beforeAll(async () => {
    types = pageTypes(await publishedSamplePosts());
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`finds no serious or critical violation on any page type (${colorScheme} mode)`, async () => {
      // bypassCSP only lets the test inject axe; the site's own CSP forbids inline scripts.
      const page = await site.blankPage({ colorScheme, bypassCSP: true });
      const found: string[] = [];
      for (const [name, path] of Object.entries(types)) {
        await page.goto(site.server.url + path);
        for (const violation of await seriousAxeViolations(page)) found.push(`${name}: ${violation}`);
      }
      expect(found).toEqual([]);
    });
  }
});
