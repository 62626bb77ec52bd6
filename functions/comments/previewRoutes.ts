import { Hono } from 'hono';
import { limitBody } from '../http/limitBody.ts';
import { ApiError } from '../http/apiError.ts';
import { clientIp, type AppBindings } from '../http/clientIp.ts';
import { readFields } from '../http/readRequestBody.ts';
import { networkHash } from '../privacy/keyedHash.ts';
import { countSubmission } from '../spam/rateLimitQueries.ts';
import { rateLimitWindow } from '../spam/rateLimit.ts';
import { renderCommentBody } from './renderBody.ts';
import { isCrossSite, requirePost } from './routes.ts';
import type { CommentServices } from './services.ts';
import { parsePreview } from './submissionSchema.ts';

/** Previews are cheaper than comments and come while typing: this many per submission the limit allows. */
export const PREVIEWS_PER_SUBMISSION = 20;

/**
 * POST /api/comments/preview `{ post, body }`: the HTML the server would store
 * for that body (the same renderer and sanitizer), stored nowhere. Counted per
 * IP network against its own rate-limit window; cross-site posts refused like
 * every other POST.
 */
export function commentPreviewRoutes(services: CommentServices): Hono<{ Bindings: AppBindings }> {
  const api = new Hono<{ Bindings: AppBindings }>();
  api.post(
    '/api/comments/preview',
    limitBody,
    async (c) => {
      if (isCrossSite(c, services.config.siteUrl)) throw new ApiError(403, 'cross-site');
      const parsed = parsePreview(await readFields(c));
      if (!parsed.ok) throw new ApiError(400, 'invalid-input', { fields: parsed.fields });
      await requirePost(services, parsed.post);
      const { max, windowMs } = services.config.rateLimit;
      const window = rateLimitWindow(services.now(), windowMs);
      const ipHash = networkHash(services.config.secret, clientIp(c, services.config.trustProxy));
      const count = await countSubmission(services.db, `preview:${ipHash ?? 'unknown'}`, window.start);
      if (count > max * PREVIEWS_PER_SUBMISSION) throw new ApiError(429, 'rate-limited', { headers: { 'Retry-After': String(window.retryAfterSeconds) } });
      c.header('Cache-Control', 'no-store');
      return c.json({ html: renderCommentBody(parsed.body) });
    },
  );
  api.on(['GET', 'PUT', 'PATCH', 'DELETE'], '/api/comments/preview', (c) => {
    c.header('Allow', 'POST');
    throw new ApiError(405, 'method-not-allowed');
  });
  return api;
}
