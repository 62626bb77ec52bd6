import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CACHE_TAG_HEADER, commentsCacheTag } from '../../../functions/cdn/cacheTags.ts';
import { cdnPurger, netlifyPurger } from '../../../functions/cdn/cdnPurger.ts';
import { parseNetlifyPurgeConfig } from '../../../functions/cdn/netlifyPurgeConfig.ts';
import { PurgingListCache } from '../../../functions/cdn/purgingListCache.ts';
import { startNetlifyApiStandIn } from '../../support/netlifyApiStandIn.ts';

describe('functions/cdn: Netlify cache tags and purges', () => {
  let api: Awaited<ReturnType<typeof startNetlifyApiStandIn>>;
  beforeAll(async () => {
    api = await startNetlifyApiStandIn();
  });
  afterAll(() => api?.close());
  beforeEach(() => {
    api.purges.length = 0;
    api.fail = false;
  });

  it('tags a post’s comments with one tag per post, in the header Netlify reads', () => {
    expect(CACHE_TAG_HEADER).toBe('Netlify-Cache-Tag');
    expect(commentsCacheTag('dark-patterns')).toBe('comments-dark-patterns');
  });

  it('purges only on Netlify: without a purge token or site id there is no configuration', () => {
    expect(parseNetlifyPurgeConfig({})).toBeUndefined();
    expect(parseNetlifyPurgeConfig({ NETLIFY_PURGE_API_TOKEN: 'token' })).toBeUndefined();
    expect(parseNetlifyPurgeConfig({ NETLIFY_PURGE_API_TOKEN: 'token', SITE_ID: 'site' })).toEqual({ token: 'token', siteId: 'site', apiUrl: 'https://api.netlify.com' });
    expect(parseNetlifyPurgeConfig({ NETLIFY_PURGE_API_TOKEN: 'token', SITE_ID: 'site', NETLIFY_API_URL: 'http://127.0.0.1:9/' })?.apiUrl).toBe('http://127.0.0.1:9');
    expect(() => parseNetlifyPurgeConfig({ NETLIFY_PURGE_API_TOKEN: 'token', SITE_ID: 'site', NETLIFY_API_URL: 'ftp://x' })).toThrow(/NETLIFY_API_URL/);
  });

  it('sends every tag marked since the last flush in one call to Netlify’s purge API, as the site, with the token', async () => {
    const purger = netlifyPurger({ token: 'purge-token', siteId: 'site-1', apiUrl: api.url });
    purger.add('comments-a');
    purger.add('comments-b');
    purger.add('comments-a');
    await purger.flush();
    await purger.flush();
    expect(api.purges).toEqual([{ authorization: 'Bearer purge-token', body: { cache_tags: ['comments-a', 'comments-b'], site_id: 'site-1' } }]);
  });

  it('logs a failed purge with the API’s status instead of failing the moderator’s request', async () => {
    api.fail = true;
    const logged: Array<[string, unknown]> = [];
    const purger = netlifyPurger({ token: 't', siteId: 's', apiUrl: api.url }, (message, error) => logged.push([message, error]));
    purger.add('comments-a');
    await expect(purger.flush()).resolves.toBeUndefined();
    expect(logged.map(([message]) => message)).toEqual(['CDN-Purge fehlgeschlagen für comments-a:']);
    expect(String(logged[0]![1])).toContain('500');
  });

  it('marks the post’s tag whenever its list is dropped, and keeps no list itself', async () => {
    const marked: string[][] = [];
    const purger = cdnPurger(async (tags) => void marked.push(tags));
    const cache = new PurgingListCache(purger);
    let loads = 0;
    const load = async () => ({ comments: [++loads] });
    await cache.get('p', 1, 1000, load);
    await cache.get('p', 1, 1000, load);
    expect(loads).toBe(2);
    cache.invalidate('p');
    await purger.flush();
    expect(marked).toEqual([['comments-p', 'comments-all']]);
  });
});
