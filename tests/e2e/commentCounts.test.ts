import { beforeEach, describe, expect, it } from 'vitest';
import { strings } from '../../src/strings.ts';
import { approvedRow } from '../support/commentRows.ts';
import { POST } from '../support/commentClient.ts';
import { useSiteInBrowser } from '../support/siteInBrowser.ts';
import { DATABASE_KINDS } from '../support/testDatabase.ts';

describe.each(DATABASE_KINDS)('e2e: comment counts on list pages on %s', (database) => {
  const site = useSiteInBrowser({ database });

  beforeEach(async () => {
    await site.server.services.db.deleteFrom('comments').execute();
    const at = '2026-01-01T00:00:00.000Z';
    await site.server.services.db.insertInto('comments').values([approvedRow('a', null, at), approvedRow('b', 'a', at), approvedRow('c', null, at)]).execute();
  });

  it('shows each card its count from one request, linking to the comments', async () => {
    const { page, outside } = await site.open('/', { javaScriptEnabled: true });
    const requests: string[] = [];
    page.on('request', (request) => request.url().includes('/api/comments/counts') && requests.push(request.url()));
    await page.reload();
    const card = page.locator(`li[data-post="${POST}"]`).first();
    await expect.poll(() => card.locator('.post-comment-count').innerText()).toBe(strings.comments.count(3));
    expect(await card.locator('.post-comment-count a').getAttribute('href')).toBe(`/artikel/${POST}/#kommentare`);
    const others = page.locator(`li[data-post]:not([data-post="${POST}"]) .post-comment-count`);
    await expect.poll(() => others.first().innerText()).toBe(strings.comments.count(0));
    expect(requests).toHaveLength(1);
    expect(outside).toEqual([]);
  });

  it('shows no counts without JavaScript', async () => {
    const { page } = await site.open('/', { javaScriptEnabled: false });
    expect(await page.locator('li[data-post]').count()).toBeGreaterThan(0);
    expect(await page.locator('.post-comment-count').count()).toBe(0);
  });
});
