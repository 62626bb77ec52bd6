import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser } from '../support/browser.ts';
import { startDevServer } from '../support/devServer.ts';
import { fixtureContent, validFrontmatter } from '../support/fixtureContent.ts';

/**
 * The dev server optimises dependencies on the first visit and then reloads
 * the page once; a check that meets that reload is run again on the new page.
 */
async function afterDevReload<T>(page: Page, check: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      await page.waitForLoadState('networkidle');
      return await check();
    } catch (error) {
      if (attempt >= 5 || !/Execution context was destroyed|navigation/i.test(String(error))) throw error;
    }
  }
}

describe('e2e: the editors’ view in the dev server', () => {
  let browser: Browser;
  let dev: Awaited<ReturnType<typeof startDevServer>>;

  beforeAll(async () => {
    const contentDir = await fixtureContent([
      { path: '2026/fertig.mdx', frontmatter: validFrontmatter({ title: '"Fertiger Artikel über Datenschutz"' }) },
      { path: '2026/entwurf.mdx', frontmatter: validFrontmatter({ title: '"Entwurf über Datenschutz"', draft: 'true', factCheck: '' }) },
      { path: '2099/geplant.mdx', frontmatter: validFrontmatter({ title: '"Geplanter Artikel über Datenschutz"', pubDate: '2099-03-01' }) },
    ]);
    dev = await startDevServer(contentDir);
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    dev?.close();
  });

  it('lists every post with its state and checklist progress on /redaktion/', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${dev.url}/redaktion/`);
    expect(response!.status()).toBe(200);
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex');
    const rows = await afterDevReload(page, () => page.$$eval('tbody tr', (trs) => trs.map((tr) => [tr.getAttribute('data-post'), tr.getAttribute('data-status'), tr.children[3]!.textContent!.trim()])));
    expect(rows).toEqual(
      expect.arrayContaining([
        ['fertig', 'published', expect.stringContaining('9/9')],
        ['entwurf', 'draft', expect.stringContaining('0/9')],
        ['geplant', 'scheduled', expect.stringContaining('9/9')],
      ]),
    );
    await page.goto(`${dev.url}/redaktion/?sortierung=checklist`);
    const first = await afterDevReload(page, () => page.locator('tbody tr').first().getAttribute('data-post'));
    expect(first).toBe('entwurf');
    await page.close();
  });

  it('previews a draft with the banner „Entwurf — nicht geprüft“', async () => {
    const page = await browser.newPage();
    await page.goto(`${dev.url}/redaktion/`);
    expect(await afterDevReload(page, () => page.locator('a[href="/artikel/entwurf/"]').count())).toBe(1);
    // Right after start the dev server may still be syncing content and answer 500 once; a real error stays.
    let response = await page.goto(`${dev.url}/artikel/entwurf/`);
    for (let tries = 0; response!.status() === 500 && tries < 10; tries++) {
      await page.waitForTimeout(500);
      response = await page.goto(`${dev.url}/artikel/entwurf/`);
    }
    expect(response!.status(), dev.log()).toBe(200);
    expect(await afterDevReload(page, () => page.locator('.banner').innerText({ timeout: 5000 }))).toBe('Entwurf — nicht geprüft');
    expect(await afterDevReload(page, () => page.locator('meta[name="robots"]').getAttribute('content'))).toContain('noindex');
    await page.close();
  });
});
