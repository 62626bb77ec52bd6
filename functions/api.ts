/**
 * Netlify Functions v2 entry point: the comment service (JSON API and
 * comments pages). Configuration comes from the site's environment variables;
 * SECRET must be set (a serverless function has nowhere to keep a generated one).
 */
import type { Hono } from 'hono';
import { createApiApp } from './app/createApiApp.ts';
import { createServices, type RunningServices } from './app/createServices.ts';
import { startOnce } from './app/startOnce.ts';
import { netlifyPurger, type CdnPurger } from './cdn/cdnPurger.ts';
import { parseNetlifyPurgeConfig } from './cdn/netlifyPurgeConfig.ts';
import { PurgingListCache } from './cdn/purgingListCache.ts';
import { parseServiceConfig } from './config/serviceConfig.ts';
import { errorBody } from './http/apiError.ts';

/** The part of Netlify's context the service uses. */
interface NetlifyContext {
  ip?: string;
  /** Keeps the instance running until the promise settles, after the answer went out. */
  waitUntil?: (promise: Promise<unknown>) => void;
}

// One app per instance, built on the first request. Its list cache keeps nothing and marks the CDN tags
// of every changed list, purged before the answer goes out (functions/cdn/).
const app = startOnce(async (): Promise<Instance> => {
  const purger = netlifyPurger(parseNetlifyPurgeConfig(process.env));
  const services = await createServices(parseServiceConfig(process.env), { cache: new PurgingListCache(purger) });
  return { hono: createApiApp(services), purger, services };
});

interface Instance {
  hono: Hono<any>;
  purger: CdnPurger;
  services: RunningServices;
}

export default async (request: Request, context?: NetlifyContext): Promise<Response> => {
  let ready: Instance;
  try {
    ready = await app();
  } catch (error) {
    console.error(error);
    return Response.json(errorBody('unavailable'), { status: 503, headers: { 'Cache-Control': 'no-store' } });
  }
  const response = await ready.hono.fetch(request, { clientIp: context?.ip });
  // Before answering: a moderator who sees "done" must find the CDN's copy gone too, and a function may be
  // frozen as soon as it has answered.
  await ready.purger.flush();
  // Mail a request queued goes out after the answer; without waitUntil the platform may freeze the
  // instance mid-send, and the mail would wait for the scheduled function.
  context?.waitUntil?.(ready.services.queues.idle());
  return response;
};

// Every address the service answers (functions/app/createApiApp.ts): the API, the comments pages and the
// service's own pages behind mail links (password, one-click moderation, notifications, readers' data).
// /moderation/ itself is a static page of the site. Netlify matches a path as a URLPattern and, in its
// local runtime, after dropping the request's trailing slash: `{/}?` makes a path match with and without
// it (a pattern ending in `/` would never match there). /api/search belongs to functions/search.ts.
// /api/* covers an author's PATCH/DELETE /api/comments/:id; /kommentare/bearbeiten/ (the no-JS edit page) is
// named although /kommentare/:post would match it, so it stays the function's if that pattern changes.
export const config = {
  path: ['/api/*', '/kommentare/bearbeiten{/}?', '/kommentare/:post{/}?', '/kommentare/:post/feed.xml', '/kommentare.xml', '/moderation/passwort{/}?', '/moderation/aktion{/}?', '/benachrichtigung/*', '/datenschutz/meine-daten{/*}?'],
  excludedPath: ['/api/search'],
};
