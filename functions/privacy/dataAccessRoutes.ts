import { Hono } from 'hono';
import * as z from 'zod';
import { escapeHtml } from '../../src/lib/comments/escapeHtml.ts';
import { formatDate } from '../../src/lib/formatDate.ts';
import { strings } from '../../src/strings.ts';
import { isCrossSite } from '../comments/routes.ts';
import type { CommentServices } from '../comments/services.ts';
import { ApiError } from '../http/apiError.ts';
import { limitBody } from '../http/limitBody.ts';
import { clientIp, type AppBindings } from '../http/clientIp.ts';
import { isBrowserFormPost, readFields } from '../http/readRequestBody.ts';
import { enqueueMail } from '../mail/outbox.ts';
import { moderateComment } from '../moderation/moderateComment.ts';
import { normalizeEmail } from '../moderation/moderators.ts';
import { isSameSite } from '../moderation/requestGuards.ts';
import { standalonePage } from '../moderation/standalonePage.ts';
import { consumeToken, inspectToken, issueToken } from '../moderation/tokens.ts';
import { limitReader } from '../spam/rateLimitQueries.ts';
import { keyedHash, networkHash } from './keyedHash.ts';

/** The page behind a reader's data link. */
export const MY_DATA_PATH = '/datenschutz/meine-daten/';

const t = strings.moderation.dataAccess;

/** The page a data request sent without JavaScript gets: the message and the way back to the form. */
function requestPage(message: string): string {
  return standalonePage(t.title, `<p role="status">${escapeHtml(message)}</p><p><a href="/datenschutz/#meine-kommentare">${escapeHtml(strings.dataRequest.back)}</a></p>`);
}

/**
 * Readers' rights (DSGVO Art. 15 and 17): a reader asks with their e-mail
 * address and gets a signed link by mail (whoever asks, only the owner of the
 * address can read it); the link shows their comments, exports them as JSON
 * and deletes them.
 */
export function dataAccessRoutes(services: CommentServices): Hono<{ Bindings: AppBindings }> {
  const app = new Hono<{ Bindings: AppBindings }>();
  const { db, config } = services;

  const commentsOf = (email: string) =>
    db.selectFrom('comments').select(['id', 'post_slug', 'parent_id', 'author_name', 'author_url', 'body_source', 'status', 'created_at', 'updated_at']).where('author_email', '=', email).orderBy('created_at').execute();
  const subscriptionsOf = (email: string) =>
    db.selectFrom('subscriptions').select(['id', 'post_slug', 'comment_id', 'confirmed_at', 'created_at']).where('email', '=', email).orderBy('created_at').execute();
  const titleOf = async (slug: string) => (await services.posts.get(slug))?.title ?? slug;

  app.post('/api/privacy/request', limitBody, async (c) => {
    c.header('Cache-Control', 'no-store');
    if (isCrossSite(c, config.siteUrl)) throw new ApiError(403, 'cross-site');
    const fields = await readFields(c);
    // The form on /datenschutz/ works without JavaScript: a browser's form post gets a page, not JSON.
    const html = isBrowserFormPost(c);
    const email = typeof fields.email === 'string' ? normalizeEmail(fields.email) : '';
    if (!z.email().safeParse(email).success) {
      if (html) return c.html(requestPage(strings.commentFields.invalidEmail), 400);
      throw new ApiError(400, 'invalid-input', { fields: { email: strings.commentFields.invalidEmail } });
    }
    const now = services.now();
    const ipHash = networkHash(config.secret, clientIp(c, config.trustProxy));
    const limited = await limitReader(db, { scope: 'data', ipHash, emailHash: keyedHash(config.secret, 'email', email), ...config.rateLimit, now });
    if (limited) {
      if (html) {
        c.header('Retry-After', String(limited.retryAfterSeconds));
        return c.html(requestPage(strings.dataRequest.rateLimited), 429);
      }
      throw new ApiError(429, 'rate-limited', { headers: { 'Retry-After': String(limited.retryAfterSeconds) } });
    }
    // Mail only where there is something to show; the answer is the same either way, so it reveals nothing.
    if ((await commentsOf(email)).length > 0 || (await subscriptionsOf(email)).length > 0) {
      const token = await issueToken(db, config.secret, 'data-access', email, now);
      const url = new URL(`${MY_DATA_PATH}?token=${encodeURIComponent(token)}`, config.siteUrl).href;
      await enqueueMail(db, { kind: 'data-access', to: email, subject: t.subject, text: t.text(url), html: `<p>${escapeHtml(t.text(url)).replaceAll('\n', '<br>')}</p>` }, now);
      services.queues.kick();
    }
    if (html) return c.html(requestPage(t.requested), 202);
    return c.json({ sent: true }, 202);
  });

  app.get(MY_DATA_PATH, async (c) => {
    c.header('Cache-Control', 'no-store');
    const token = c.req.query('token');
    const checked = await inspectToken(db, config.secret, 'data-access', token, services.now());
    if (!checked.ok) return c.html(standalonePage(t.title, `<p class="error">${escapeHtml(strings.commentErrors['invalid-token'])}</p>`), 410);
    const comments = await commentsOf(checked.subject);
    const subscriptions = await subscriptionsOf(checked.subject);
    if (comments.length === 0 && subscriptions.length === 0) return c.html(standalonePage(t.title, `<p>${escapeHtml(t.none)}</p>`));
    const commentItems = await Promise.all(
      comments.map(
        async (comment) =>
          `<li><p><strong>${escapeHtml(await titleOf(comment.post_slug))}</strong> · ${escapeHtml(formatDate(new Date(comment.created_at)))} · ${escapeHtml(t.status[comment.status])}</p><p>${escapeHtml(comment.body_source)}</p></li>`,
      ),
    );
    const subscriptionItems = await Promise.all(
      subscriptions.map(async (subscription) => {
        const title = await titleOf(subscription.post_slug);
        const what = subscription.comment_id ? t.subscription.reply(title) : t.subscription.article(title);
        const state = subscription.confirmed_at ? t.subscription.confirmed(formatDate(new Date(subscription.confirmed_at))) : t.subscription.unconfirmed;
        return `<li>${escapeHtml(what)} · ${escapeHtml(state)}</li>`;
      }),
    );
    const query = `?token=${encodeURIComponent(token!)}`;
    return c.html(
      standalonePage(
        t.title,
        `<h2>${escapeHtml(t.commentsHeading)}</h2>${commentItems.length > 0 ? `<ul>${commentItems.join('')}</ul>` : `<p>${escapeHtml(t.noComments)}</p>`}` +
          (subscriptionItems.length > 0 ? `<h2>${escapeHtml(t.subscriptionsHeading)}</h2><ul>${subscriptionItems.join('')}</ul>` : '') +
          `<p><a href="${MY_DATA_PATH}export${escapeHtml(query)}" download>${escapeHtml(t.export)}</a></p>` +
          `<form method="post" action="${MY_DATA_PATH}"><input type="hidden" name="token" value="${escapeHtml(token!)}"><p>${escapeHtml(t.deleteNote)}</p><button type="submit">${escapeHtml(t.delete)}</button></form>`,
      ),
    );
  });

  app.get(`${MY_DATA_PATH}export`, async (c) => {
    c.header('Cache-Control', 'no-store');
    const checked = await inspectToken(db, config.secret, 'data-access', c.req.query('token'), services.now());
    if (!checked.ok) throw new ApiError(410, 'invalid-token');
    const comments = await commentsOf(checked.subject);
    const subscriptions = await subscriptionsOf(checked.subject);
    c.header('Content-Disposition', 'attachment; filename="klartext-kommentare.json"');
    return c.json({
      email: checked.subject,
      comments: comments.map((row) => ({ id: row.id, post: row.post_slug, parent: row.parent_id, name: row.author_name, url: row.author_url, body: row.body_source, status: row.status, createdAt: row.created_at, updatedAt: row.updated_at })),
      subscriptions: subscriptions.map((row) => ({ post: row.post_slug, comment: row.comment_id, confirmedAt: row.confirmed_at, createdAt: row.created_at })),
    });
  });

  app.post(MY_DATA_PATH, limitBody, async (c) => {
    c.header('Cache-Control', 'no-store');
    if (!isSameSite(c, config.siteUrl)) throw new ApiError(403, 'csrf');
    const fields = await readFields(c);
    const used = await consumeToken(db, config.secret, 'data-access', fields.token, services.now());
    if (!used.ok) return c.html(standalonePage(t.title, `<p class="error">${escapeHtml(strings.commentErrors['invalid-token'])}</p>`), 410);
    const comments = await commentsOf(used.subject);
    for (const comment of comments) await moderateComment(services, comment.id, 'delete', null);
    await db.deleteFrom('subscriptions').where('email', '=', used.subject).execute();
    return c.html(standalonePage(t.title, `<p role="status">${escapeHtml(t.deleted(comments.length))}</p>`));
  });

  return app;
}
