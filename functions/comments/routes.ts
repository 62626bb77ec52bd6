import { Hono, type Context } from 'hono';
import { limitBody } from '../http/limitBody.ts';
import { CACHE_TAG_HEADER, commentsCacheTag } from '../cdn/cacheTags.ts';
import { strings } from '../../src/strings.ts';
import { ApiError } from '../http/apiError.ts';
import { clientIp, type AppBindings } from '../http/clientIp.ts';
import { isBrowserFormPost, readFields } from '../http/readRequestBody.ts';
import { issueToken } from '../spam/timeTrap.ts';
import { renderCommentsPage } from './commentsPage.ts';
import { editPageUrl, issueEditToken } from './editToken.ts';
import { readListVersion } from './listVersions.ts';
import { listApprovedComments } from './queries.ts';
import { parseListQuery } from './listQuery.ts';
import { type CommentSort } from './pageThreads.ts';
import { pageApprovedThreads } from './threadPageQuery.ts';
import type { CommentServices } from './services.ts';
import { parseSubmission, type Submission } from './submissionSchema.ts';
import { submitComment, type SubmitOutcome } from './submitComment.ts';
import { cleanLine } from './text.ts';
import type { CatalogPost } from './postCatalog.ts';

type Env = { Bindings: AppBindings };

/**
 * Browsers revalidate with the ETag every time (a reader must see an approval
 * at once; stale-while-revalidate would show the old list first). CDNs may
 * keep a list for 30 s, told through CDN-Cache-Control (RFC 9213), which
 * browsers ignore.
 */
export const LIST_CACHE_HEADERS = {
  'Cache-Control': 'public, max-age=0, must-revalidate',
  'CDN-Cache-Control': 'public, max-age=30, stale-while-revalidate=60',
} as const;

/** The published post a `?post=` query names; 400 without one, 404 for an unknown one. */
export async function requirePost(services: CommentServices, value: string | undefined): Promise<CatalogPost> {
  const id = value === undefined ? '' : cleanLine(value);
  if (id === '' || id === 'control-characters' || id.length > 200) {
    throw new ApiError(400, 'invalid-input', { fields: { post: strings.commentFields.required } });
  }
  const post = await services.posts.get(id);
  if (!post) throw new ApiError(404, 'unknown-post');
  return post;
}

/**
 * Per RFC 9110 §13.1.2, If-None-Match uses the weak comparison: `W/"x"`
 * matches `"x"` (compression turns our ETag into a weak one).
 */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const strip = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || strip(tag) === strip(etag));
}

/** Whether Accept-Encoding allows gzip (and does not refuse it with q=0). */
export function acceptsGzip(header: string | undefined): boolean {
  return (header ?? '').split(',').some((part) => {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.find((p) => p.trim().startsWith('q='));
    return (coding === 'gzip' || coding === '*') && (q === undefined || Number(q.trim().slice(2)) > 0);
  });
}

/** Whether the request comes from a page of another site (a browser says so; other clients are not a CSRF risk). */
export function isCrossSite(c: Context, siteUrl: string): boolean {
  if (c.req.header('sec-fetch-site') === 'cross-site') return true;
  const origin = c.req.header('origin');
  // With Referrer-Policy no-referrer, browsers send "Origin: null" even for our own form.
  if (!origin || origin === 'null') return false;
  return origin !== new URL(c.req.url).origin && origin !== new URL(siteUrl).origin;
}

/** The API address of one page of a post's comments. */
export function listUrl(post: string, page: number, sort: CommentSort): string {
  const params = new URLSearchParams({ post, page: String(page) });
  if (sort !== 'oldest') params.set('sort', sort);
  return `/api/comments?${params}`;
}

/** The JSON API: submit, list, time-trap token. */
export function commentRoutes(services: CommentServices): Hono<Env> {
  const api = new Hono<Env>();

  api.get('/api/comments', async (c) => {
    const post = await requirePost(services, c.req.query('post'));
    const query = parseListQuery(c.req.query('page'), c.req.query('sort'));
    if (!query.ok) throw new ApiError(400, 'invalid-input', { fields: query.fields });
    const { page, sort } = query;
    const version = await readListVersion(services.db, post.id);
    const list = await services.cache.get(
      post.id,
      version,
      Date.now(),
      async () => {
        const paged = await pageApprovedThreads(services.db, post.id, page, sort);
        const next = paged.page < paged.pages ? listUrl(post.id, paged.page + 1, sort) : null;
        return { comments: paged.comments, page: paged.page, pages: paged.pages, sort, total: paged.total, next };
      },
      `${page}|${sort}`,
    );
    for (const [name, value] of Object.entries(LIST_CACHE_HEADERS)) c.header(name, value);
    c.header(CACHE_TAG_HEADER, commentsCacheTag(post.id));
    c.header('Vary', 'Accept-Encoding');
    c.header('ETag', list.etag);
    if (etagMatches(c.req.header('if-none-match'), list.etag)) return c.body(null, 304);
    c.header('Content-Type', 'application/json; charset=utf-8');
    if (acceptsGzip(c.req.header('accept-encoding')) && list.json.length >= 1024) {
      c.header('Content-Encoding', 'gzip');
      return c.body(list.gzip(), 200);
    }
    return c.body(list.bytes, 200);
  });

  api.get('/api/comments/token', async (c) => {
    const post = await requirePost(services, c.req.query('post'));
    c.header('Cache-Control', 'no-store');
    return c.json({ token: issueToken(services.config.secret, post.id, services.now()) });
  });

  api.post(
    '/api/comments',
    limitBody,
    async (c) => {
      if (isCrossSite(c, services.config.siteUrl)) throw new ApiError(403, 'cross-site');
      const input = await readFields(c);
      const parsed = parseSubmission(input);
      const html = isBrowserFormPost(c);
      if (!parsed.ok) {
        if (html) return formPage(c, services, input, { kind: 'invalid', fields: parsed.fields });
        throw new ApiError(400, 'invalid-input', { fields: parsed.fields });
      }
      const origin = { ip: clientIp(c, services.config.trustProxy), userAgent: c.req.header('user-agent') ?? null, referrer: c.req.header('referer') ?? null };
      const outcome = await submitComment(services, parsed.submission, origin);
      if (html) return formPage(c, services, input, outcome, parsed.submission);
      c.header('Cache-Control', 'no-store');
      switch (outcome.kind) {
        case 'accepted':
          // The author's capability to edit or delete it for 15 minutes (editRoutes.ts); never stored.
          return c.json({ id: outcome.id, status: outcome.status, editToken: issueEditToken(services.config.secret, outcome.id, services.now()) }, 201);
        case 'unknown-post':
          throw new ApiError(404, 'unknown-post');
        case 'invalid':
          throw new ApiError(400, 'invalid-input', { fields: outcome.fields });
        case 'rate-limited':
          throw new ApiError(429, 'rate-limited', { headers: { 'Retry-After': String(outcome.retryAfterSeconds) } });
        case 'duplicate':
          throw new ApiError(409, 'duplicate');
      }
    },
  );

  api.on(['PUT', 'PATCH', 'DELETE'], ['/api/comments', '/api/comments/token'], (c) => {
    c.header('Allow', c.req.path.endsWith('/token') ? 'GET' : 'GET, POST');
    throw new ApiError(405, 'method-not-allowed');
  });

  return api;
}

/**
 * The answer to a form post without JavaScript: 303 back to the article with
 * a visible confirmation, or the comments page again with the reader's text
 * and the reason it was refused.
 */
async function formPage(c: Context, services: CommentServices, input: Record<string, unknown>, outcome: SubmitOutcome, submission?: Submission): Promise<Response> {
  if (outcome.kind === 'accepted') {
    // The confirmation page, with the edit link for the window (editRoutes.ts); it links back to the article.
    c.header('Cache-Control', 'no-store');
    return c.redirect(editPageUrl(outcome.id, issueEditToken(services.config.secret, outcome.id, services.now())), 303);
  }
  const postId = submission?.post ?? (typeof input.post === 'string' ? input.post : undefined);
  const post = postId === undefined ? undefined : await services.posts.get(postId);
  const template = await services.pageTemplate.get();
  const status = { invalid: 400, 'unknown-post': 404, 'rate-limited': 429, duplicate: 409 }[outcome.kind] as 400 | 404 | 409 | 429;
  if (!post || !template || outcome.kind === 'unknown-post') {
    throw new ApiError(status, outcome.kind === 'invalid' ? 'invalid-input' : outcome.kind, outcome.kind === 'invalid' ? { fields: outcome.fields } : {});
  }
  if (outcome.kind === 'rate-limited') c.header('Retry-After', String(outcome.retryAfterSeconds));
  const notice =
    outcome.kind === 'invalid' ? strings.comments.fixFields : outcome.kind === 'rate-limited' ? strings.commentErrors['rate-limited'] : strings.commentErrors.duplicate;
  const text = (name: string) => (typeof input[name] === 'string' ? (input[name] as string) : undefined);
  const comments = await listApprovedComments(services.db, post.id);
  const parent = text('parent');
  const page = renderCommentsPage(template, {
    post,
    comments,
    notice,
    form: {
      parent,
      replyToName: comments.find((comment) => comment.id === parent)?.name,
      // A duplicate is stored already; everything else keeps what the reader typed.
      values: outcome.kind === 'duplicate' ? {} : { name: text('name'), email: text('email'), url: text('url'), body: text('body'), notify: Boolean(text('notify')) },
      errors: outcome.kind === 'invalid' ? outcome.fields : undefined,
    },
  });
  c.header('Cache-Control', 'no-store');
  return c.html(page, status);
}
