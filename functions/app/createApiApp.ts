import { Hono } from 'hono';
import { commentPageRoutes } from '../comments/pageRoutes.ts';
import { commentFeedRoutes } from '../comments/feedRoutes.ts';
import { commentPreviewRoutes } from '../comments/previewRoutes.ts';
import { commentCountRoutes } from '../comments/countRoutes.ts';
import { commentRoutes } from '../comments/routes.ts';
import { commentEditRoutes } from '../comments/editRoutes.ts';
import { authRoutes } from '../moderation/authRoutes.ts';
import { moderationRoutes } from '../moderation/moderationRoutes.ts';
import { mailActionRoutes } from '../moderation/mailActionRoutes.ts';
import { subscriptionRoutes } from '../mail/subscriptionRoutes.ts';
import { articleSubscriptionRoutes } from '../mail/articleSubscriptionRoutes.ts';
import { publicModerationRoutes } from '../moderation/publicRoutes.ts';
import { dataAccessRoutes } from '../privacy/dataAccessRoutes.ts';
import type { CommentServices } from '../comments/services.ts';
import { ApiError, errorResponse } from '../http/apiError.ts';
import type { AppBindings } from '../http/clientIp.ts';
import { securityHeaders } from '../http/securityHeaders.ts';
import { sql } from 'kysely';

/**
 * The comment service as one web-standard app: the JSON API under /api and
 * the comments pages under /kommentare. The self-hosted server mounts it in
 * front of the static site; the Netlify function serves it alone.
 */
export function createApiApp(services: CommentServices): Hono<{ Bindings: AppBindings }> {
  const app = new Hono<{ Bindings: AppBindings }>();
  app.use('/api/*', securityHeaders());
  app.use('/kommentare/*', securityHeaders());
  app.use('/kommentare.xml', securityHeaders());
  app.use('/moderation/*', securityHeaders());
  app.use('/benachrichtigung/*', securityHeaders());
  app.use('/datenschutz/meine-daten/*', securityHeaders());

  app.get('/api/health', async (c) => {
    c.header('Cache-Control', 'no-store');
    try {
      await sql`select 1`.execute(services.db);
    } catch (error) {
      throw new ApiError(503, 'unavailable', { cause: error });
    }
    return c.json({ status: 'ok', database: services.dbKind, posts: await services.posts.size() });
  });
  app.route('/', commentPreviewRoutes(services));
  app.route('/', commentCountRoutes(services));
  app.route('/', commentRoutes(services));
  // Before the comments pages: /kommentare/bearbeiten/ is no post's page.
  app.route('/', commentEditRoutes(services));
  app.route('/', commentFeedRoutes(services));
  app.route('/', commentPageRoutes(services));
  app.route('/', authRoutes(services));
  app.route('/', moderationRoutes(services));
  app.route('/', mailActionRoutes(services));
  app.route('/', subscriptionRoutes(services));
  app.route('/', articleSubscriptionRoutes(services));
  app.route('/', publicModerationRoutes(services));
  app.route('/', dataAccessRoutes(services));
  // Any other /api address is the API's, not the site's: a JSON 404.
  app.all('/api/*', () => {
    throw new ApiError(404, 'not-found');
  });

  app.onError((error, c) => {
    if (error instanceof ApiError) return errorResponse(c, error);
    console.error(error);
    return errorResponse(c, new ApiError(500, 'internal'));
  });
  return app;
}
