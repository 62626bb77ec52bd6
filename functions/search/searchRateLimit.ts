import type { Context } from 'hono';
import type { CommentServices } from '../comments/services.ts';
import { clientIp, type AppBindings } from '../http/clientIp.ts';
import { networkHash } from '../privacy/keyedHash.ts';
import { rateLimitWindow } from '../spam/rateLimit.ts';
import { countSubmission } from '../spam/rateLimitQueries.ts';

/** Seconds a client must wait before searching again, or null when it may search now. */
export type SearchLimit = (c: Context) => Promise<number | null>;

/**
 * Counts each GET /api/search against the client's IP network (a keyed hash,
 * like every other limit) in the database, in fixed windows of
 * `config.searchRateLimit`; over `max`, the seconds until the window ends.
 * A search costs CPU, so one network must not keep a server busy with them.
 *
 * @example searchRoutes({ siteRoot: 'dist', limit: searchRateLimit(services) })
 */
export function searchRateLimit(services: Pick<CommentServices, 'db' | 'config' | 'now'>): SearchLimit {
  const { db, config } = services;
  return async (c) => {
    const ipHash = networkHash(config.secret, clientIp(c as Context<{ Bindings: AppBindings }>, config.trustProxy));
    if (!ipHash) return null;
    const window = rateLimitWindow(services.now(), config.searchRateLimit.windowMs);
    const count = await countSubmission(db, `search:ip:${ipHash}`, window.start);
    return count > config.searchRateLimit.max ? window.retryAfterSeconds : null;
  };
}
