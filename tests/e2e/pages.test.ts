import { beforeAll, describe, expect, it } from 'vitest';
import { pageTypes } from '../support/pageTypes.ts';
import { publishedSamplePosts, type PublishedPost } from '../support/publishedContent.ts';
import { useSiteInBrowser } from '../support/siteInBrowser.ts';

describe('e2e: every page type', () => {
  const site = useSiteInBrowser();
  let posts: PublishedPost[];
  let types: Record<string, string>;

  beforeAll(async () => {
    posts = await publishedSamplePosts();
    types = pageTypes(posts);
  });

  const open = (path: string) => site.open(path);

  it('shows an article with everything a reader expects', async () => {
    const post = posts[0]!;
    const { page } = await open(types.article!);
    expect(await page.locator('h1').innerText()).toBe(post.title);
    expect(await page.locator('.lead').count()).toBe(1);
    expect(await page.locator('a[rel="author"]').first().getAttribute('href')).toBe(`/autoren/${post.author}/`);
    expect(await page.locator('.meta').first().innerText()).toMatch(/Min\. Lesezeit/);
    expect(await page.locator('time[datetime]').count()).toBeGreaterThan(0);
    expect(await page.locator('nav.toc li').count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('a[rel="tag"]').count()).toBe(post.tags.length);
    expect(await page.locator('#sources-heading').innerText()).toBe('Quellen & Prüfung');
    expect(await page.locator('.sources ol li').count()).toBeGreaterThan(0);
    expect(await page.locator('#related-heading').innerText()).toBe('Weiterführend');
    expect(await page.locator('.related li').count()).toBeGreaterThan(0);
    expect(await page.locator('.related li').count()).toBeLessThanOrEqual(3);
    expect(await page.locator('nav.adjacent a').count()).toBeGreaterThan(0);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd).toMatchObject({ '@type': 'BlogPosting', headline: post.title });
    expect(jsonLd.citation.length).toBeGreaterThan(0);
    expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toMatch(/\.png$/);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(new RegExp(`/artikel/${post.id}/$`));
  });

  it('shows a hero image with caption, image kind and credit', async () => {
    const { page } = await open('/artikel/kinderdaten-einwilligung-coppa-dsgvo/');
    const figure = page.locator('figure.hero');
    expect(await figure.locator('img').getAttribute('alt')).toBeTruthy();
    const caption = await figure.locator('figcaption').innerText();
    expect(caption).toContain('Symbolbild');
    expect(caption).toMatch(/Bild: .+, CC BY 4\.0/);
  });

  it('serves the generated Open Graph image as a PNG', async () => {
    const { page } = await open(types.article!);
    const image = new URL((await page.locator('meta[property="og:image"]').getAttribute('content'))!).pathname;
    const res = await fetch(site.server.url + image);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
  });

  it('shows corrections in the article’s transparency box and on /korrekturen/', async () => {
    // The sample's one real correction: its earlier wording is in the file's git history.
    const { page } = await open('/artikel/empfehlungsalgorithmen-junge-nutzer/');
    const box = page.locator('section.sources');
    expect(await box.locator('#korrekturen').innerText()).toBe('Korrekturen');
    expect(await box.locator('li[id^="korrektur-"]').count()).toBeGreaterThan(0);
    expect(await box.innerText()).toMatch(/Vor Veröffentlichung geprüft von .+ am \d+\. \p{L}+ \d{4}; erneut geprüft am \d+\. \p{L}+ \d{4}\./u);
    expect(await box.innerText()).toContain('Vorher: ');
    expect(await box.locator('a[href^="mailto:"]').innerText()).toContain('Korrektur melden');
    const list = (await open('/korrekturen/')).page;
    await list.click('main h2 a');
    await list.waitForURL(/\/artikel\/empfehlungsalgorithmen-junge-nutzer\/#korrektur-\d{4}-\d{2}-\d{2}$/);
    const anchor = new URL(list.url()).hash.slice(1);
    expect(await list.locator(`[id="${anchor}"]`).count()).toBe(1);
  });

  it('lists the nine checklist items on the guidelines page', async () => {
    const { page } = await open(types.guidelines!);
    expect(await page.locator('#checkliste + p + ol > li').count()).toBe(9);
    expect(await page.locator('#ueberschriften ~ ul > li').count()).toBe(9);
    // The comment rules: the reasons moderators reject and readers report a comment for.
    expect(await page.locator('#kommentarregeln ~ ul > li').count()).toBe(5);
    expect(await page.innerText('main')).toContain('Clickbait');
  });

  // Every page type opened once and checked for both: a page costs Chromium work, and opening every type
  // twice made this the suite's busiest browser file. Each type gets a page as fresh as a new context's (`release`).
  it('renders each page type in German with a heading and landmarks; sets no cookie and asks no other host; pages load only the search loader, plus their feature’s script', async () => {
    // The one script a page type has besides the search loader: comments on articles, the moderation
    // statistics on the guidelines, the data request form on the privacy page.
    // The comment counts on lists of posts (src/scripts/commentCounts.ts) on every page with a PostList.
    const featureScripts: Record<string, string> = {
      article: 'CommentSection',
      guidelines: 'ModerationStats',
      privacy: 'DataRequestForm',
      ...Object.fromEntries(['home', 'tag', 'category', 'author', 'archiveYear'].map((name) => [name, 'PostList'])),
    };
    for (const [name, path] of Object.entries(types)) {
      const { page, status, outside, requested } = await open(path);
      expect(status, name).toBe(name === 'notFound' ? 404 : 200);
      expect(await page.getAttribute('html', 'lang'), name).toBe('de');
      expect(await page.locator('h1').count(), name).toBe(1);
      expect(await page.locator('main#inhalt').count(), name).toBe(1);
      expect(await page.locator('header.site-header nav').count(), name).toBe(1);
      expect(await page.locator('a.skip-link[href="#inhalt"]').count(), name).toBe(1);
      expect(outside, name).toEqual([]);
      expect(await page.context().cookies(), name).toEqual([]);
      // External module scripts only (the CSP forbids inline ones).
      const scripts = await page.$$eval('script:not([type="application/ld+json"])', (elements) =>
        elements.map((script) => ({ src: script.getAttribute('src'), type: (script as HTMLScriptElement).type, inline: script.textContent!.trim() })),
      );
      const loader = { src: expect.stringMatching(/^\/_astro\/[\w.-]+\.js$/), type: 'module', inline: '' };
      const feature = featureScripts[name];
      const expected = feature ? [loader, { src: expect.stringMatching(new RegExp(`^/_astro/${feature}\\.[^/]*\\.js$`)), type: 'module', inline: '' }] : [loader];
      expect(scripts, name).toEqual(expect.arrayContaining(expected));
      expect(scripts, name).toHaveLength(expected.length);
      // Until a reader focuses the search field, nothing of the search is fetched.
      expect(requested.filter((url) => /\/_astro\/search\/|searchWorker|\/api\/search/.test(new URL(url).pathname) && !url.endsWith(path)), name).toEqual([]);
      expect(page.workers(), name).toEqual([]);
      await site.release(page);
    }
  });

  it('lays out without horizontal scrolling on a phone', async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    for (const path of [types.home!, types.article!]) {
      await page.goto(site.server.url + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});
