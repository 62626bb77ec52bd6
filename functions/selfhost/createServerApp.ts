import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { securityHeaders } from '../http/securityHeaders.ts';
import { searchRoutes } from '../search/searchRoutes.ts';
import type { SearchLimit } from '../search/searchRateLimit.ts';
import { staticSite } from './staticSite.ts';

export interface ServerAppOptions {
  /** The built site (Astro's `dist/`). */
  siteRoot: string;
  /** The comment service (functions/app/createApiApp.ts), mounted before the site so /api is never a file. */
  api?: Hono<any>;
  /** The rate limit of GET /api/search (search/searchRateLimit.ts); without one, searches are not limited. */
  searchLimit?: SearchLimit;
}

/** The self-hosted app: the comment service, the search API and the static site, behind the shared security headers. */
export function createServerApp(options: ServerAppOptions): Hono {
  const app = new Hono();
  app.use('*', securityHeaders());
  app.use('*', compress());
  // Search first: the comment API answers every other /api address with its JSON 404.
  app.route('/', searchRoutes({ siteRoot: options.siteRoot, limit: options.searchLimit }));
  if (options.api) app.route('/', options.api);
  app.route('/', staticSite(options.siteRoot));
  return app;
}
