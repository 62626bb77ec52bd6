import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_COUNT_POSTS } from '../../../functions/comments/countRoutes.ts';
import { strings } from '../../../src/strings.ts';
import { approvedRow } from '../../support/commentRows.ts';
import { OTHER_POST, POST } from '../../support/commentClient.ts';
import { useSiteServer } from '../../support/siteServer.ts';
import { DATABASE_KINDS } from '../../support/testDatabase.ts';

describe.each(DATABASE_KINDS)('comment counts for list pages on %s', (database) => {
  const server = useSiteServer({ database });
  beforeEach(async () => {
    await server.services.db.deleteFrom('comments').execute();
    const at = '2026-01-01T00:00:00.000Z';
    await server.services.db
      .insertInto('comments')
      .values([approvedRow('a', null, at), approvedRow('b', 'a', at), { ...approvedRow('c', null, at), status: 'pending' as const }, approvedRow('d', null, at, OTHER_POST)])
      .execute();
  });

  it('counts approved comments per named post, 0 for one without any, cached like the list and tagged per post', async () => {
    const res = await fetch(`${server.url}/api/comments/counts?posts=${POST},${OTHER_POST},ohne-kommentare,${POST}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ counts: { [POST]: 2, [OTHER_POST]: 1, 'ohne-kommentare': 0 } });
    expect(res.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect(res.headers.get('cdn-cache-control')).toBe('public, max-age=30, stale-while-revalidate=60');
    expect(res.headers.get('netlify-cache-tag')!.split(',').toSorted()).toEqual([`comments-${OTHER_POST}`, `comments-${POST}`, 'comments-ohne-kommentare'].toSorted());
  });

  it.each([
    ['no posts', ''],
    ['an empty list', '?posts='],
    ['an id with other characters', '?posts=a,..%2Fetc'],
    ['too many ids', `?posts=${Array.from({ length: MAX_COUNT_POSTS + 1 }, (_, i) => `p${i}`).join(',')}`],
  ])('refuses %s with 400 naming posts', async (_label, query) => {
    const res = await fetch(`${server.url}/api/comments/counts${query}`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { fields: Record<string, string> }).fields).toEqual({ posts: strings.commentFields.invalidPosts(MAX_COUNT_POSTS) });
  });
});
