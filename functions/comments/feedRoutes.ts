import { Hono } from 'hono';
import { strings } from '../../src/strings.ts';
import { ALL_COMMENTS_CACHE_TAG, CACHE_TAG_HEADER, commentsCacheTag } from '../cdn/cacheTags.ts';
import type { AppBindings } from '../http/clientIp.ts';
import { commentFeedXml, FEED_SIZE } from './commentFeed.ts';
import { listNewestApprovedComments } from './queries.ts';
import type { CommentServices } from './services.ts';

/**
 * Atom feeds of published comments: `/kommentare/<post>/feed.xml` per article
 * and `/kommentare.xml` for the site, the newest 50 each. Read from the
 * database on every request (one indexed query) so a removed comment leaves
 * at once; browsers and CDNs revalidate like the list.
 */
export function commentFeedRoutes(services: CommentServices): Hono<{ Bindings: AppBindings }> {
  const feeds = new Hono<{ Bindings: AppBindings }>();
  const site = () => services.config.siteUrl.replace(/\/$/, '');
  // Tagged like the list, so a Netlify purge after a removal drops the feeds from the CDN too.
  const atom = (xml: string, tag: string) =>
    new Response(xml, {
      headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': 'public, max-age=0, must-revalidate', 'CDN-Cache-Control': 'public, max-age=30', [CACHE_TAG_HEADER]: tag },
    });

  feeds.get('/kommentare/:post/feed.xml', async (c, next) => {
    const post = await services.posts.get(c.req.param('post'));
    if (!post) return next();
    const comments = await listNewestApprovedComments(services.db, post.id, FEED_SIZE);
    const base = `${site()}/kommentare/${post.id}/`;
    return atom(
      commentFeedXml(
        { id: `${base}feed.xml`, title: strings.comments.feedTitle(post.title), selfUrl: `${base}feed.xml`, pageUrl: base, siteUrl: site(), emptyUpdated: post.modified ?? '1970-01-01T00:00:00.000Z' },
        comments.map((comment) => ({ ...comment, postTitle: post.title })),
      ),
      commentsCacheTag(post.id),
    );
  });

  feeds.get('/kommentare.xml', async () => {
    const comments = await listNewestApprovedComments(services.db, undefined, FEED_SIZE);
    const titles = new Map<string, string>();
    for (const comment of comments) if (!titles.has(comment.post)) titles.set(comment.post, (await services.posts.get(comment.post))?.title ?? comment.post);
    return atom(
      commentFeedXml(
        { id: `${site()}/kommentare.xml`, title: strings.comments.siteFeedTitle, selfUrl: `${site()}/kommentare.xml`, pageUrl: `${site()}/`, siteUrl: site(), emptyUpdated: '1970-01-01T00:00:00.000Z' },
        comments.map((comment) => ({ ...comment, postTitle: titles.get(comment.post)! })),
      ),
      ALL_COMMENTS_CACHE_TAG,
    );
  });
  return feeds;
}
