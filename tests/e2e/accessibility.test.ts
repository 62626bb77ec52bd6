import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { pageTypes } from '../support/pageTypes.ts';
import { publishedSamplePosts } from '../support/publishedContent.ts';
import { startSiteServer } from '../support/siteServer.ts';

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

describe('e2e: accessibility (axe-core)', () => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof startSiteServer>>;
  let axeSource: string;
  let types: Record<string, string>;

  beforeAll(async () => {
    site = await startSiteServer(inject('siteDir'));
    browser = await launchBrowser();
    axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    types = pageTypes(await publishedSamplePosts());
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`finds no serious or critical violation on any page type (${colorScheme} mode)`, async () => {
      // bypassCSP only lets the test inject axe; the site's own CSP forbids inline scripts.
      const context = await browser.newContext({ colorScheme, bypassCSP: true });
      const page = await context.newPage();
      const found: string[] = [];
      for (const [name, path] of Object.entries(types)) {
        await page.goto(site.url + path);
        await page.addScriptTag({ content: axeSource });
        const violations: AxeViolation[] = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
          return (await axe.run(document, { resultTypes: ['violations'] })).violations;
        });
        for (const v of violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
          found.push(`${name}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        }
      }
      await context.close();
      expect(found).toEqual([]);
    });
  }
});
