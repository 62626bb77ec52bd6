import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { awayFromWindowEdge } from '../../support/rateLimitWindow.ts';
import { startSiteServer, type SiteServer } from '../../support/siteServer.ts';

const JSON_ACCEPT = { accept: 'application/json' };
const LIMIT = 3;

describe('GET /api/search on the self-hosted server: limits', () => {
  let site: SiteServer;
  const get = (query: string, headers: Record<string, string> = {}) => fetch(`${site.url}/api/search?${new URLSearchParams({ q: query })}`, { headers });

  beforeAll(async () => {
    site = await startSiteServer(inject('siteDir'), { env: { SEARCH_RATE_LIMIT_MAX: String(LIMIT) } });
  });
  afterAll(async () => {
    await site?.close();
  });
  beforeEach(async () => {
    await site.services.db.deleteFrom('rate_limits').execute();
  });

  it(`answers ${LIMIT} searches a minute from one network, then 429 rate_limited with Retry-After`, async () => {
    // The six searches must be counted in one (one-minute) window.
    await awayFromWindowEdge(site.services.config.searchRateLimit.windowMs, 5_000);
    for (let i = 0; i < LIMIT; i++) expect((await get('Algorithmen', JSON_ACCEPT)).status).toBe(200);
    const refused = await get('Algorithmen', JSON_ACCEPT);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.headers.get('cache-control')).toBe('no-store');
    expect(await refused.json()).toEqual({ error: expect.stringContaining('Zu viele Suchanfragen'), code: 'rate_limited' });
    const page = await get('Algorithmen', { accept: 'text/html' });
    expect(page.status).toBe(429);
    expect(await page.text()).toContain('Zu viele Suchanfragen');
  });

  it('answers a 200-letter word and a 50-word query like any other query', async () => {
    const long = await get('datenschutz'.repeat(18).slice(0, 200), JSON_ACCEPT);
    expect(long.status).toBe(200);
    expect((await long.json()).total).toBe(0);
    const many = await get(Array.from({ length: 50 }, (_, i) => `w${i}`).join(' ').slice(0, 200), JSON_ACCEPT);
    expect(many.status).toBe(200);
  });
});
