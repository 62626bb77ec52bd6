import { timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { ApiError } from '../http/apiError.ts';
import type { Moderator } from './moderators.ts';
import { findSession } from './sessions.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/** The moderator session cookie; only moderator pages and the auth API ever set it. */
export const SESSION_COOKIE = 'klartext_moderation';

export type ModeratorEnv = { Variables: { moderator: Moderator; csrfToken: string; sessionCookie: string } };

/**
 * Whether a browser request comes from the site itself: Sec-Fetch-Site
 * `same-origin` or an Origin equal to the site's (or the address the request
 * came to). A request with neither header is refused: every browser that
 * could be tricked into a cross-site request sends at least one of them.
 * `Origin: null` counts only with `Sec-Fetch-Site: same-origin`: our pages
 * send `Referrer-Policy: no-referrer`, and per the Fetch standard ("append a
 * request `Origin` header") a browser then sends `null` for a form posted
 * from our own page (the mail confirmation buttons); no page can set
 * Sec-Fetch-Site, and a sandboxed or foreign page gets `cross-site`.
 */
export function isSameSite(c: Context, siteUrl: string): boolean {
  const fetchSite = c.req.header('sec-fetch-site');
  if (fetchSite !== undefined && fetchSite !== 'same-origin') return false;
  const origin = c.req.header('origin');
  if (origin === 'null') return fetchSite === 'same-origin';
  if (origin !== undefined) return origin === new URL(siteUrl).origin || origin === new URL(c.req.url).origin;
  return fetchSite === 'same-origin';
}

/** Constant-time string comparison. */
export function sameToken(a: string | undefined, b: string): boolean {
  if (a === undefined) return false;
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Lets a request through only with a live moderator session; for anything but
 * GET/HEAD also only from the site itself and with the session's CSRF token
 * in `X-CSRF-Token`.
 */
export function requireModerator(db: Kysely<Database>, siteUrl: string, now: () => Date): MiddlewareHandler<ModeratorEnv> {
  return async (c, next) => {
    c.header('Cache-Control', 'no-store');
    const cookie = getCookie(c, SESSION_COOKIE);
    const session = await findSession(db, cookie, now());
    if (!session) throw new ApiError(401, 'unauthorized');
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      if (!isSameSite(c, siteUrl) || !sameToken(c.req.header('x-csrf-token'), session.csrfToken)) throw new ApiError(403, 'csrf');
    }
    c.set('moderator', session.moderator);
    c.set('csrfToken', session.csrfToken);
    c.set('sessionCookie', cookie!);
    await next();
  };
}
