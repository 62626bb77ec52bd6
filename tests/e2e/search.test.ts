import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../support/siteInBrowser.ts';

const ARTICLE = '/artikel/kinderdaten-einwilligung-coppa-dsgvo/';
const PANEL = '#kopf-suche-treffer';

describe('e2e: search in Chromium', () => {
  const site = useSiteInBrowser();

  /** A fresh page that records every request and every error. */
  async function open(path: string, options: { javaScriptEnabled?: boolean } = {}) {
    const page = await site.blankPage(options);
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(site.server.url + path, { waitUntil: 'networkidle' });
    return { page, requests, errors };
  }

  /** The focused element: an input by its id, anything else by its text. */
  const focused = (page: Page) =>
    page.evaluate(() => {
      const element = document.activeElement;
      return element instanceof HTMLInputElement ? element.id : element?.textContent?.trim();
    });

  it('fetches nothing of the search before the field is focused, and then only from this host', async () => {
    const { page, requests, errors } = await open(ARTICLE);
    const beforeFocus = [...requests];
    // The article's comment section asks /api/comments; nothing of the search may be fetched yet.
    expect(beforeFocus.filter((url) => /search/i.test(new URL(url).pathname))).toEqual([]);
    expect(page.workers()).toEqual([]);

    await page.focus('#kopf-suche');
    await page.keyboard.type('Kindern', { delay: 30 });
    await page.waitForSelector(`${PANEL}:not([hidden]) .search-result`);
    expect(page.workers().map((worker) => new URL(worker.url()).pathname)).toEqual([expect.stringMatching(/^\/_astro\/searchWorker-[\w-]+\.js$/)]);
    const searchRequests = requests.slice(beforeFocus.length);
    expect(searchRequests.some((url) => /searchWorker-[\w-]+\.js$/.test(url))).toBe(true);
    expect(searchRequests.some((url) => /\/_astro\/search\/[0-9a-f]{16}\/manifest\.json$/.test(url))).toBe(true);
    expect(requests.every((url) => new URL(url).host === new URL(site.server.url).host)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('shows results as the reader types, with matched words highlighted', async () => {
    const { page, errors } = await open('/');
    await page.focus('#kopf-suche');
    await page.keyboard.type('Algorithmen', { delay: 30 });
    await page.waitForFunction(() => document.querySelector('#kopf-suche-treffer [role="status"]')?.textContent?.endsWith('„Algorithmen“'));
    expect(await page.locator(`${PANEL} [role="status"]`).innerText()).toMatch(/^\d+ Treffer für „Algorithmen“$/);
    const first = page.locator(`${PANEL} .search-result`).first();
    expect(await first.locator('.search-result-link').innerText()).toBe('Was Empfehlungsalgorithmen für junge Nutzer bedeuten');
    expect(await first.locator('.meta').innerText()).toMatch(/^\d{1,2}\. \p{L}+ \d{4} · Algorithmen$/u);
    expect(await page.locator(`${PANEL} mark`).allInnerTexts()).toEqual(expect.arrayContaining(['Algorithmus']));
    expect(await page.locator(PANEL).isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('moves through the results with the arrow keys, closes with Escape, opens with Enter', async () => {
    const { page } = await open('/');
    await page.focus('#kopf-suche');
    await page.keyboard.type('Datenschutz', { delay: 30 });
    await page.waitForFunction(() => document.querySelector('#kopf-suche-treffer [role="status"]')?.textContent?.endsWith('„Datenschutz“'));
    const titles = await page.locator(`${PANEL} .search-result-link`).allInnerTexts();
    expect(titles.length).toBeGreaterThan(1);

    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toBe(titles[0]);
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toBe(titles[1]);
    await page.keyboard.press('ArrowUp');
    expect(await focused(page)).toBe(titles[0]);
    await page.keyboard.press('ArrowUp');
    expect(await focused(page)).toBe('kopf-suche');
    await page.keyboard.press('Escape');
    expect(await page.locator(PANEL).isHidden()).toBe(true);

    await page.keyboard.type(' ');
    await page.waitForSelector(`${PANEL}:not([hidden]) .search-result`);
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL(/\/artikel\//), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').innerText()).toBe(titles[0]);
  });

  it('opens the search page for the query on Enter; the address keeps the query for sharing and going back', async () => {
    const { page } = await open(ARTICLE);
    await page.focus('#kopf-suche');
    await page.keyboard.type('Privatsphaere', { delay: 20 });
    await Promise.all([page.waitForURL('**/suche/?q=Privatsphaere'), page.keyboard.press('Enter')]);
    await page.waitForSelector('#suchergebnisse .search-result');
    expect(await page.inputValue('#suche-feld')).toBe('Privatsphaere');
    expect(await page.locator('#suchergebnisse mark').first().innerText()).toBe('Privatsphäre');

    await page.fill('#suche-feld', '');
    await page.focus('#suche-feld');
    await page.keyboard.type('Clickbait', { delay: 20 });
    await page.waitForURL('**/suche/?q=Clickbait');
    await page.waitForFunction(() => document.querySelector('#suche-status')?.textContent?.includes('Clickbait'));
    const title = await page.locator('#suchergebnisse .search-result-link').first().innerText();
    await Promise.all([page.waitForURL(/\/artikel\//), page.locator('#suchergebnisse .search-result-link').first().click()]);
    await page.goBack();
    await page.waitForSelector('#suchergebnisse .search-result');
    expect(page.url()).toBe(`${site.server.url}/suche/?q=Clickbait`);
    expect(await page.locator('#suchergebnisse .search-result-link').first().innerText()).toBe(title);
  });

  it('suggests tags when nothing is found', async () => {
    const { page } = await open('/suche/?q=Quantencomputer');
    await page.waitForSelector('#suchergebnisse .search-suggestions a');
    expect(await page.locator('#suche-status').innerText()).toBe('Keine Treffer für „Quantencomputer“.');
    expect(await page.locator('#suchergebnisse .search-suggestions a').first().getAttribute('href')).toMatch(/^\/thema\/[\w-]+\/$/);
  });

  it('takes lunr query syntax and markup in a query as plain text', async () => {
    const { page, errors } = await open('/suche/?q=' + encodeURIComponent('title:Daten~2 +Kinder^3 -x *schutz <img src=x onerror=alert(1)>'));
    await page.waitForFunction(() => document.querySelector('#suche-status')?.textContent);
    expect(await page.locator('#suchergebnisse .search-result').count()).toBeGreaterThan(0);
    expect(await page.locator('main img[src="x"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('searches through the server when JavaScript is off', async () => {
    const { page, requests } = await open(ARTICLE, { javaScriptEnabled: false });
    await page.fill('#kopf-suche', 'Kindern');
    await Promise.all([page.waitForURL('**/api/search?q=Kindern'), page.press('#kopf-suche', 'Enter')]);
    expect(await page.locator('h1').innerText()).toBe('Suche');
    expect(await page.inputValue('#suche-feld')).toBe('Kindern');
    expect(await page.locator('#suche-status').innerText()).toMatch(/Treffer für „Kindern“/);
    expect(await page.locator('#suchergebnisse .search-result').count()).toBeGreaterThan(0);
    expect(await page.locator('#suchergebnisse mark').count()).toBeGreaterThan(0);
    expect(requests.some((url) => /searchWorker|\/_astro\/search\//.test(url))).toBe(false);
  });
});
