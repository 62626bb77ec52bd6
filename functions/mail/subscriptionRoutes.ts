import { Hono } from 'hono';
import { escapeHtml } from '../../src/lib/comments/escapeHtml.ts';
import { strings } from '../../src/strings.ts';
import type { CommentServices } from '../comments/services.ts';
import { ApiError } from '../http/apiError.ts';
import { limitBody } from '../http/limitBody.ts';
import type { AppBindings } from '../http/clientIp.ts';
import { readFields } from '../http/readRequestBody.ts';
import { isSameSite } from '../moderation/requestGuards.ts';
import { standalonePage } from '../moderation/standalonePage.ts';
import { consumeToken, inspectToken } from '../moderation/tokens.ts';
import { checkUnsubscribeToken, CONFIRM_PATH, UNSUBSCRIBE_PATH } from './readerNotifications.ts';
import { subscriptionsByIds } from './subscriptionQueries.ts';

const t = strings.moderation.notifications;


function form(path: string, token: string, button: string): string {
  return `<form method="post" action="${path}"><input type="hidden" name="token" value="${escapeHtml(token)}"><button type="submit">${escapeHtml(button)}</button></form>`;
}

const message = (title: string, text: string, status = 'status') => standalonePage(title, `<p role="${status}">${escapeHtml(text)}</p>`);

/**
 * Double opt-in and unsubscribe for readers' notifications. GET pages change
 * nothing (mail scanners fetch links); the buttons POST. The unsubscribe POST
 * is also RFC 8058's one-click request, which mail providers send from their
 * servers, without an Origin: it needs only the signed token, and can do
 * nothing but stop mail.
 */
export function subscriptionRoutes(services: CommentServices): Hono<{ Bindings: AppBindings }> {
  const app = new Hono<{ Bindings: AppBindings }>();
  const { db, config } = services;

  app.get(CONFIRM_PATH, async (c) => {
    c.header('Cache-Control', 'no-store');
    const token = c.req.query('token');
    if (!(await inspectToken(db, config.secret, 'subscribe', token, services.now())).ok) return c.html(message(t.confirmTitle, t.invalid, 'alert'), 410);
    return c.html(standalonePage(t.confirmTitle, form(CONFIRM_PATH, token!, t.confirmButton)));
  });

  app.post(CONFIRM_PATH, limitBody, async (c) => {
    c.header('Cache-Control', 'no-store');
    if (!isSameSite(c, config.siteUrl)) throw new ApiError(403, 'csrf');
    const fields = await readFields(c);
    const now = services.now();
    const used = await consumeToken(db, config.secret, 'subscribe', fields.token, now);
    if (!used.ok) return c.html(message(t.confirmTitle, t.invalid, 'alert'), 410);
    await db.updateTable('subscriptions').set({ confirmed_at: now.toISOString() }).where('id', '=', used.subject).execute();
    const [subscription] = await subscriptionsByIds(db, [used.subject]);
    return c.html(message(t.confirmTitle, subscription && subscription.comment_id === null ? t.articleConfirmed : t.confirmed));
  });

  app.get(UNSUBSCRIBE_PATH, (c) => {
    c.header('Cache-Control', 'no-store');
    const token = c.req.query('token');
    if (!checkUnsubscribeToken(config.secret, token)) return c.html(message(t.unsubscribeTitle, t.invalid, 'alert'), 410);
    return c.html(standalonePage(t.unsubscribeTitle, form(UNSUBSCRIBE_PATH, token!, t.unsubscribeButton)));
  });

  app.post(UNSUBSCRIBE_PATH, limitBody, async (c) => {
    c.header('Cache-Control', 'no-store');
    // One-click (RFC 8058) sends the token in the URL and List-Unsubscribe=One-Click in the body; our page sends it in the body.
    const kind = c.req.header('content-type') ?? '';
    const fields = kind ? await readFields(c) : {};
    const ids = checkUnsubscribeToken(config.secret, c.req.query('token') ?? fields.token);
    if (!ids) return c.html(message(t.unsubscribeTitle, t.invalid, 'alert'), 410);
    const article = (await subscriptionsByIds(db, ids)).some((subscription) => subscription.comment_id === null);
    // Deleting is idempotent: a second click (or the provider's retry) gets the same answer.
    await db.deleteFrom('subscriptions').where('id', 'in', ids).execute();
    return c.html(message(t.unsubscribeTitle, article ? t.articleUnsubscribed : t.unsubscribed));
  });

  return app;
}
