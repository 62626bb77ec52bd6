import { Hono } from 'hono';
import { CACHE_TAG_HEADER, commentsCacheTag } from '../cdn/cacheTags.ts';
import { ApiError } from '../http/apiError.ts';
import type { AppBindings } from '../http/clientIp.ts';
import { renderCommentsPage } from './commentsPage.ts';
import { parseListQuery } from './listQuery.ts';
import { findApprovedAuthor, pageApprovedThreads } from './threadPageQuery.ts';
import type { CommentServices } from './services.ts';
import { LIST_CACHE_HEADERS } from './routes.ts';

/**
 * /kommentare/<post>/: the approved comments of a post as a page of the site,
 * for readers without JavaScript (the article's <noscript> links here).
 * `?antwort=<id>` prepares the form as a reply to that comment; `?melden=<id>`
 * opens that comment's report form (a plain form post, see publicRoutes.ts).
 */
export function commentPageRoutes(services: CommentServices): Hono<{ Bindings: AppBindings }> {
  const pages = new Hono<{ Bindings: AppBindings }>();
  pages.get('/kommentare/:post/', async (c, next) => {
    const post = await services.posts.get(c.req.param('post'));
    const template = await services.pageTemplate.get();
    // Unknown posts fall through to the site's own 404 page (self-hosted) or the platform's.
    if (!post) return next();
    if (!template) throw new ApiError(503, 'unavailable');
    const sortParam = c.req.query('sortierung');
    const query = parseListQuery(c.req.query('seite'), sortParam === undefined ? undefined : ({ neueste: 'newest', aelteste: 'oldest' } as Record<string, string>)[sortParam] ?? sortParam);
    if (!query.ok) throw new ApiError(400, 'invalid-input', { fields: { ...(query.fields.page && { seite: query.fields.page }), ...(query.fields.sort && { sortierung: query.fields.sort }) } });
    const { comments, page, pages, total } = await pageApprovedThreads(services.db, post.id, query.page, query.sort);
    const parentId = c.req.query('antwort');
    const parent = parentId ? await findApprovedAuthor(services.db, parentId, post.id) : undefined;
    const reported = comments.find((comment) => comment.id === c.req.query('melden'));
    for (const [name, value] of Object.entries(LIST_CACHE_HEADERS)) c.header(name, value);
    c.header(CACHE_TAG_HEADER, commentsCacheTag(post.id));
    return c.html(
      renderCommentsPage(template, {
        post,
        comments,
        paging: { page, pages, sort: query.sort, total },
        form: { parent: parent?.id, replyToName: parent?.name },
        report: reported && { commentId: reported.id },
      }),
    );
  });
  return pages;
}

