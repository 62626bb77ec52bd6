import { describe, expect, it } from 'vitest';
import { publishedSamplePosts } from '../support/publishedContent.ts';
import { useSiteInBrowser } from '../support/siteInBrowser.ts';

describe('e2e: crawl from the home page', () => {
  const site = useSiteInBrowser();

  it('reaches every article and finds no broken internal link or asset', async () => {
    const page = await site.browser.newPage();
    const origin = new URL(site.server.url).origin;
    const queue = ['/'];
    const visited = new Set<string>();
    const broken: string[] = [];
    const assets = new Set<string>();

    while (queue.length > 0) {
      const path = queue.shift()!;
      if (visited.has(path)) continue;
      visited.add(path);
      const response = await page.goto(origin + path);
      if (!response || response.status() !== 200) {
        broken.push(`${path} (${response?.status()})`);
        continue;
      }
      if (!(response.headers()['content-type'] ?? '').startsWith('text/html')) continue;
      const found = await page.$$eval('a[href], link[href], img[src], img[srcset], meta[property="og:image"]', (elements) =>
        elements.flatMap((el) => {
          if (el instanceof HTMLAnchorElement) return [{ kind: 'link', url: el.href }];
          if (el instanceof HTMLLinkElement) return el.rel === 'canonical' ? [] : [{ kind: 'asset', url: el.href }];
          if (el instanceof HTMLImageElement)
            return [el.src, ...el.srcset.split(',').map((s) => s.trim().split(' ')[0]!)].filter(Boolean).map((url) => ({ kind: 'asset', url: new URL(url, location.href).href }));
          return [];
        }),
      );
      for (const { kind, url } of found) {
        const target = new URL(url);
        if (target.origin !== origin) continue;
        if (kind === 'asset') assets.add(target.pathname);
        else if (!visited.has(target.pathname)) queue.push(target.pathname);
      }
    }
    for (const asset of assets) {
      const res = await fetch(origin + asset);
      if (res.status !== 200) broken.push(`${asset} (${res.status})`);
    }

    expect(broken).toEqual([]);
    for (const post of await publishedSamplePosts()) expect(visited.has(`/artikel/${post.id}/`), post.id).toBe(true);
    expect(visited.size).toBeGreaterThan(30);
  });
});
