import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { publishedSamplePosts, type PublishedPost } from '../support/publishedContent.ts';
import { startSiteServer } from '../support/siteServer.ts';

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'url', 'sitemap', 'category'].includes(name) });

describe('e2e: RSS, sitemap and robots.txt', () => {
  let site: Awaited<ReturnType<typeof startSiteServer>>;
  let posts: PublishedPost[];
  const get = async (path: string) => {
    const res = await fetch(site.url + path);
    expect(res.status, path).toBe(200);
    return { type: res.headers.get('content-type') ?? '', text: await res.text() };
  };

  beforeAll(async () => {
    site = await startSiteServer(inject('siteDir'));
    posts = await publishedSamplePosts();
  });
  afterAll(() => site?.close());

  it('serves a valid RSS 2.0 feed with every published article in full text', async () => {
    const { type, text } = await get('/rss.xml');
    expect(type).toMatch(/xml/);
    const rss = parser.parse(text).rss;
    expect(rss['@_version']).toBe('2.0');
    const channel = rss.channel;
    for (const field of ['title', 'link', 'description']) expect(channel[field], field).toBeTruthy();
    expect(channel.language).toBe('de');
    const items: Record<string, string>[] = channel.item;
    expect(items.map((item) => item.title).sort()).toEqual(posts.map((p) => p.title).sort());
    for (const item of items) {
      expect(item.link).toMatch(/^https?:\/\/[^/]+\/artikel\/[a-z0-9-]+\/$/);
      expect(item.guid).toBeTruthy();
      expect(new Date(item.pubDate).toUTCString()).toBe(item.pubDate); // RFC 822 dates
      expect(item['content:encoded'].length, item.title).toBeGreaterThan(4000); // the whole article, not a teaser
      expect(item['content:encoded']).toContain('<h2');
    }
  });

  it('lists every published article in the sitemap, and nothing outside the site', async () => {
    const index = parser.parse((await get('/sitemap-index.xml')).text);
    const sitemapUrls: string[] = index.sitemapindex.sitemap.map((s: { loc: string }) => s.loc);
    const locs: string[] = [];
    for (const url of sitemapUrls) {
      const sitemap = parser.parse((await get(new URL(url).pathname)).text);
      locs.push(...sitemap.urlset.url.map((u: { loc: string }) => u.loc));
    }
    const paths = locs.map((loc) => new URL(loc).pathname);
    for (const post of posts) expect(paths, post.id).toContain(`/artikel/${post.id}/`);
    expect(paths).toContain('/leitlinien/');
    expect(paths.filter((p) => p.startsWith('/artikel/'))).toHaveLength(posts.length);
  });

  it('keeps the sample draft and the scheduled post out of pages, sitemap and feed', async () => {
    const unpublished = ['altersverifikation-ausweis-oder-schaetzung', 'transparenzberichte-lesen'];
    const [sitemap, rss, home] = await Promise.all(['/sitemap-0.xml', '/rss.xml', '/'].map(async (path) => (await get(path)).text));
    for (const id of unpublished) {
      expect((await fetch(`${site.url}/artikel/${id}/`)).status, id).toBe(404);
      expect(sitemap, id).not.toContain(id);
      expect(rss, id).not.toContain(id);
      expect(home, id).not.toContain(id);
    }
  });

  it('points robots.txt at the sitemap', async () => {
    const { text } = await get('/robots.txt');
    expect(text).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
  });
});
