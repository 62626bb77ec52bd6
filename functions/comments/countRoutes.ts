import { Hono } from 'hono';
import { strings } from '../../src/strings.ts';
import { CACHE_TAG_HEADER, commentsCacheTag } from '../cdn/cacheTags.ts';
import { ApiError } from '../http/apiError.ts';
import type { AppBindings } from '../http/clientIp.ts';
import { LIST_CACHE_HEADERS } from './routes.ts';
import type { CommentServices } from './services.ts';

/** The most posts one count request may name: a list page of the site shows at most this many. */
export const MAX_COUNT_POSTS = 50;

const POST_ID = /^[A-Za-z0-9_-]{1,200}$/;

/** The post ids of `?posts=a,b,c`: distinct, sorted, at most MAX_COUNT_POSTS; undefined when malformed. */
export function parsePostIds(value: string | undefined): string[] | undefined {
  if (value === undefined || value.length > MAX_COUNT_POSTS * 201) return undefined;
  const ids = [...new Set(value.split(','))].sort();
  return ids.length >= 1 && ids.length <= MAX_COUNT_POSTS && ids.every((id) => POST_ID.test(id)) ? ids : undefined;
}

/**
 * GET /api/comments/counts?posts=a,b,c: how many approved comments each named
 * post has (0 for a post without any, or unknown). Cached like the list, and
 * tagged with every named post's tag, so a status change on any of them drops it.
 */
export function commentCountRoutes(services: CommentServices): Hono<{ Bindings: AppBindings }> {
  const api = new Hono<{ Bindings: AppBindings }>();
  api.get('/api/comments/counts', async (c) => {
    const ids = parsePostIds(c.req.query('posts'));
    if (!ids) throw new ApiError(400, 'invalid-input', { fields: { posts: strings.commentFields.invalidPosts(MAX_COUNT_POSTS) } });
    const rows = await services.db
      .selectFrom('comments')
      .select(['post_slug', (eb) => eb.fn.countAll().as('count')])
      .where('post_slug', 'in', ids)
      .where('status', '=', 'approved')
      .groupBy('post_slug')
      .execute();
    const counts: Record<string, number> = Object.fromEntries(ids.map((id) => [id, 0]));
    for (const row of rows) counts[row.post_slug] = Number(row.count);
    for (const [name, value] of Object.entries(LIST_CACHE_HEADERS)) c.header(name, value);
    c.header(CACHE_TAG_HEADER, ids.map(commentsCacheTag).join(','));
    return c.json({ counts });
  });
  return api;
}
