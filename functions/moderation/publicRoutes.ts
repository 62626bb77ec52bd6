import { Hono } from 'hono';
import { strings } from '../../src/strings.ts';
import { isCrossSite } from '../comments/routes.ts';
import type { CommentServices } from '../comments/services.ts';
import { ApiError } from '../http/apiError.ts';
import { limitBody } from '../http/limitBody.ts';
import { isBrowserFormPost, readFields } from '../http/readRequestBody.ts';
import { clientIp, type AppBindings } from '../http/clientIp.ts';
import { networkHash } from '../privacy/keyedHash.ts';
import { rateLimitWindow } from '../spam/rateLimit.ts';
import { countSubmission } from '../spam/rateLimitQueries.ts';
import { STATUSES } from './moderationQueries.ts';
import { isRejectReason, REJECT_REASONS } from './rejectReasons.ts';
import { reportFormAnswer } from './reportFormAnswer.ts';
import { reportComment } from './reports.ts';

/**
 * What readers may do around moderation: report a comment ("Melden"), and read
 * the monthly moderation statistics the guidelines page shows (counts only,
 * nothing about any person).
 */
export function publicModerationRoutes(services: CommentServices): Hono<{ Bindings: AppBindings }> {
  const app = new Hono<{ Bindings: AppBindings }>();
  const { db, config } = services;

  app.post(
    '/api/comments/:id/report',
    limitBody,
    async (c) => {
      c.header('Cache-Control', 'no-store');
      if (isCrossSite(c, config.siteUrl)) throw new ApiError(403, 'cross-site');
      const fields = await readFields(c);
      const id = c.req.param('id');
      // The report form on the comments page works without JavaScript: a browser's form post gets pages, not JSON.
      const html = isBrowserFormPost(c);
      if (!isRejectReason(fields.reason)) {
        if (html) return reportFormAnswer(c, services, id, { kind: 'invalid' });
        throw new ApiError(400, 'invalid-input', { fields: { reason: strings.moderation.invalidReason } });
      }
      const reporter = networkHash(config.secret, clientIp(c, config.trustProxy));
      if (reporter) {
        const window = rateLimitWindow(services.now(), config.rateLimit.windowMs);
        if ((await countSubmission(db, `report:${reporter}`, window.start)) > config.rateLimit.max) {
          if (html) return reportFormAnswer(c, services, id, { kind: 'rate-limited', retryAfterSeconds: window.retryAfterSeconds });
          throw new ApiError(429, 'rate-limited', { headers: { 'Retry-After': String(window.retryAfterSeconds) } });
        }
      }
      const outcome = await reportComment(services, id, fields.reason, reporter);
      if (html) return reportFormAnswer(c, services, id, { kind: outcome === 'not-found' ? 'not-found' : 'reported' });
      if (outcome === 'not-found') throw new ApiError(404, 'unknown-comment');
      // The same answer whether this network reported before or not, and whether it went back to the queue.
      return c.json({ reported: true }, 202);
    },
  );

  app.get('/api/moderation-stats', async (c) => {
    const month = c.req.query('month') ?? new Date(services.now()).toISOString().slice(0, 7);
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new ApiError(400, 'invalid-input', { fields: { month: strings.moderation.invalidMonth } });
    const [year, number] = month.split('-').map(Number) as [number, number];
    const start = new Date(Date.UTC(year, number - 1, 1)).toISOString();
    const end = new Date(Date.UTC(year, number, 1)).toISOString();
    const statusRows = await db.selectFrom('comments').select(['status', (eb) => eb.fn.countAll<number | string>().as('n')]).where('created_at', '>=', start).where('created_at', '<', end).groupBy('status').execute();
    const reasonRows = await db
      .selectFrom('moderation_log')
      .select(['reason', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('action', '=', 'reject')
      .where('created_at', '>=', start)
      .where('created_at', '<', end)
      .groupBy('reason')
      .execute();
    const comments = Object.fromEntries(STATUSES.map((status) => [status, Number(statusRows.find((row) => row.status === status)?.n ?? 0)]));
    const rejectReasons = Object.fromEntries(REJECT_REASONS.map((reason) => [reason, Number(reasonRows.find((row) => row.reason === reason)?.n ?? 0)]));
    c.header('Cache-Control', 'public, max-age=300');
    return c.json({ month, comments, rejectReasons });
  });

  return app;
}
