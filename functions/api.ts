/**
 * Netlify Functions v2 entry point: the comment service (JSON API and
 * comments pages). Configuration comes from the site's environment variables;
 * SECRET must be set (a serverless function has nowhere to keep a generated one).
 */
import type { Hono } from 'hono';
import { createApiApp } from './app/createApiApp.ts';
import { createServices } from './app/createServices.ts';
import { startOnce } from './app/startOnce.ts';
import { parseServiceConfig } from './config/serviceConfig.ts';
import { errorBody } from './http/apiError.ts';

/** The part of Netlify's context the service uses. */
interface NetlifyContext {
  ip?: string;
}

// One app per instance, built on the first request.
const app = startOnce(async (): Promise<Hono<any>> => createApiApp(await createServices(parseServiceConfig(process.env))));

export default async (request: Request, context?: NetlifyContext): Promise<Response> => {
  let ready: Hono<any>;
  try {
    ready = await app();
  } catch (error) {
    console.error(error);
    return Response.json(errorBody('unavailable'), { status: 503, headers: { 'Cache-Control': 'no-store' } });
  }
  return ready.fetch(request, { clientIp: context?.ip });
};

// Every address the service answers (functions/app/createApiApp.ts): the API, the comments pages and the
// service's own pages behind mail links (password, one-click moderation, notifications, readers' data).
// /moderation/ itself is a static page of the site.
export const config = {
  path: ['/api/*', '/kommentare/:post/', '/kommentare/:post/feed.xml', '/kommentare.xml', '/moderation/passwort/', '/moderation/aktion/', '/benachrichtigung/*', '/datenschutz/meine-daten/*'],
};
