import type { MiddlewareHandler } from 'hono';

/**
 * The site's own origin is the only source of anything; no page may be framed
 * and no referrer leaves the site (the privacy policy promises this).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data:",
  "style-src 'self'",
  "script-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

const SECURITY_HEADERS: ReadonlyArray<[string, string]> = [
  ['Content-Security-Policy', CONTENT_SECURITY_POLICY],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()'],
];

/**
 * Adds the security and privacy headers every response carries.
 *
 * @example app.use(securityHeaders())
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    // Set before the handler runs, so they go into the response it builds: setting
    // headers on a finished response makes Hono copy it into a slower streamed one.
    for (const [name, value] of SECURITY_HEADERS) c.header(name, value);
    await next();
    // A handler that returned its own Response object bypassed them; add them there.
    if (!c.res.headers.has('Content-Security-Policy')) for (const [name, value] of SECURITY_HEADERS) c.header(name, value);
  };
}
