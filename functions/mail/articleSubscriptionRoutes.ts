import { Hono, type Context } from 'hono';
import { SUBSCRIBE_CONFIRMATION_ANCHOR } from '../../src/lib/comments/subscribeFormHtml.ts';
import { urls } from '../../src/lib/urls.ts';
import { strings } from '../../src/strings.ts';
import { renderCommentsPage } from '../comments/commentsPage.ts';
import type { CatalogPost } from '../comments/postCatalog.ts';
import { listApprovedComments } from '../comments/queries.ts';
import { isCrossSite } from '../comments/routes.ts';
import type { CommentServices } from '../comments/services.ts';
import { ApiError } from '../http/apiError.ts';
import { clientIp, type AppBindings } from '../http/clientIp.ts';
import { limitBody } from '../http/limitBody.ts';
import { isBrowserFormPost, readFields } from '../http/readRequestBody.ts';
import { keyedHash, networkHash } from '../privacy/keyedHash.ts';
import { limitReader } from '../spam/rateLimitQueries.ts';
import { subscribeToArticle } from './readerNotifications.ts';
import { parseSubscriptionRequest } from './subscriptionRequest.ts';

type Env = { Bindings: AppBindings };

/** A refused form post, answered as the comments page with the subscription form, the address and the reason. */
async function refusedFormPage(c: Context<Env>, services: CommentServices, post: CatalogPost, email: unknown, refusal: { status: 400 | 429; notice: string; error?: string }): Promise<Response> {
  const template = await services.pageTemplate.get();
  if (!template) throw new ApiError(refusal.status, refusal.status === 400 ? 'invalid-input' : 'rate-limited', refusal.error ? { fields: { email: refusal.error } } : {});
  const page = renderCommentsPage(template, {
    post,
    comments: await listApprovedComments(services.db, post.id),
    form: {},
    subscribe: { email: typeof email === 'string' ? email : undefined, error: refusal.error },
    notice: refusal.notice,
  });
  c.header('Cache-Control', 'no-store');
  return c.html(page, refusal.status);
}

/**
 * `POST /api/subscriptions` `{ post, email }`: every new comment on an article
 * by mail, after a double opt-in. The answer is the same whether the address
 * is new, waiting for its confirmation or subscribed already, so it reveals
 * nothing. A browser's plain form post (no JavaScript) gets a 303 back to the
 * article, whose confirmation shows through CSS :target, or the comments page
 * with the form again.
 */
export function articleSubscriptionRoutes(services: CommentServices): Hono<Env> {
  const app = new Hono<Env>();
  const { db, config } = services;

  app.post('/api/subscriptions', limitBody, async (c) => {
    c.header('Cache-Control', 'no-store');
    if (isCrossSite(c, config.siteUrl)) throw new ApiError(403, 'cross-site');
    const fields = await readFields(c);
    const html = isBrowserFormPost(c);
    const request = parseSubscriptionRequest(fields);
    if (!request.ok) {
      // Checked before the post exists, as for a comment: a wrong field is a 400 even on an unknown post.
      const post = html && request.post ? await services.posts.get(request.post) : undefined;
      if (post) return refusedFormPage(c, services, post, fields.email, { status: 400, notice: strings.comments.fixFields, error: request.fields.email });
      throw new ApiError(400, 'invalid-input', { fields: request.fields });
    }
    const post = await services.posts.get(request.post);
    if (!post) throw new ApiError(404, 'unknown-post');

    const now = services.now();
    const ipHash = networkHash(config.secret, clientIp(c, config.trustProxy));
    const limited = await limitReader(db, { scope: 'subscribe', ipHash, emailHash: keyedHash(config.secret, 'email', request.email), ...config.rateLimit, now });
    if (limited) {
      if (html) {
        c.header('Retry-After', String(limited.retryAfterSeconds));
        return refusedFormPage(c, services, post, fields.email, { status: 429, notice: strings.comments.subscribeRateLimited });
      }
      throw new ApiError(429, 'rate-limited', { headers: { 'Retry-After': String(limited.retryAfterSeconds) } });
    }

    // A bot that filled the hidden field is answered like everyone else; no mail goes out.
    if (!request.honeypotFilled) await subscribeToArticle(services, post, request.email);
    if (html) return c.redirect(`${urls.post(post.id)}#${SUBSCRIBE_CONFIRMATION_ANCHOR}`, 303);
    return c.json({ requested: true }, 202);
  });

  app.on(['GET', 'PUT', 'PATCH', 'DELETE'], '/api/subscriptions', (c) => {
    c.header('Allow', 'POST');
    throw new ApiError(405, 'method-not-allowed');
  });

  return app;
}
