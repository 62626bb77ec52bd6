import { Hono } from 'hono';
import { escapeHtml } from '../../src/lib/comments/escapeHtml.ts';
import { strings } from '../../src/strings.ts';
import type { CommentServices } from '../comments/services.ts';
import { ApiError } from '../http/apiError.ts';
import { limitBody } from '../http/limitBody.ts';
import type { AppBindings } from '../http/clientIp.ts';
import { MAIL_ACTION_PATH, parseActionSubject, type MailAction } from '../mail/moderatorNotice.ts';
import { readFields } from '../http/readRequestBody.ts';
import { moderateComment } from './moderateComment.ts';
import { getCommentRow } from './moderationQueries.ts';
import { findModeratorById } from './moderators.ts';
import { escapeLike, likeEscaped } from '../db/literalLike.ts';
import { isRejectReason, REJECT_REASONS } from './rejectReasons.ts';
import { isSameSite } from './requestGuards.ts';
import { standalonePage } from './standalonePage.ts';
import { consumeToken, inspectToken } from './tokens.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

const t = strings.moderation.actionPage;

function invalidPage(): string {
  return standalonePage(t.title, `<p class="error">${escapeHtml(strings.commentErrors['invalid-token'])}</p>`);
}

/** Uses up every other mail link for the same comment: once one acted, the others must not undo it. */
async function retireLinks(db: Kysely<Database>, commentId: string, now: Date): Promise<void> {
  await db
    .updateTable('one_time_tokens')
    .set({ used_at: now.toISOString() })
    .where('purpose', '=', 'moderate')
    .where((eb) => likeEscaped(eb.ref('subject'), `%:${escapeLike(commentId)}:%`))
    .where('used_at', 'is', null)
    .execute();
}

async function moderatorExists(db: Kysely<Database>, id: string): Promise<boolean> {
  return (await findModeratorById(db, id)) !== undefined;
}

/**
 * The one-click links of the moderator mail. GET only shows what the link
 * would do (mail scanners that fetch links change nothing); the button on the
 * page POSTs, and only that uses the token.
 */
export function mailActionRoutes(services: CommentServices): Hono<{ Bindings: AppBindings }> {
  const app = new Hono<{ Bindings: AppBindings }>();
  const { db, config } = services;

  app.get(MAIL_ACTION_PATH, async (c) => {
    c.header('Cache-Control', 'no-store');
    const token = c.req.query('token');
    const checked = await inspectToken(db, config.secret, 'moderate', token, services.now());
    const target = checked.ok ? parseActionSubject(checked.subject) : undefined;
    const comment = target && (await moderatorExists(db, target.moderatorId)) && (await getCommentRow(db, target.commentId));
    if (!target || !comment) return c.html(invalidPage(), 410);
    const post = await services.posts.get(comment.post_slug);
    const label = strings.moderation.actions[target.action];
    const reasons =
      target.action === 'reject'
        ? `<label for="reason">${escapeHtml(t.reason)}</label><select id="reason" name="reason" required>${REJECT_REASONS.map((code) => `<option value="${code}">${escapeHtml(strings.moderation.rejectReasons[code])}</option>`).join('')}</select>`
        : '';
    return c.html(
      standalonePage(
        t.title,
        `<p>${escapeHtml(t.by(comment.author_name, post?.title ?? comment.post_slug))}</p><blockquote>${comment.body_html}</blockquote>` +
          `<form method="post" action="${MAIL_ACTION_PATH}"><input type="hidden" name="token" value="${escapeHtml(token!)}">` +
          `<p>${escapeHtml(t.question(label))}</p>${reasons}<button type="submit">${escapeHtml(label)}</button></form>`,
      ),
    );
  });

  app.post(
    MAIL_ACTION_PATH,
    limitBody,
    async (c) => {
      c.header('Cache-Control', 'no-store');
      if (!isSameSite(c, config.siteUrl)) throw new ApiError(403, 'csrf');
      const fields = await readFields(c);
      const now = services.now();
      const peek = await inspectToken(db, config.secret, 'moderate', fields.token, now);
      const target = peek.ok ? parseActionSubject(peek.subject) : undefined;
      // An action is always in the name of an account that still exists.
      if (!target || !(await moderatorExists(db, target.moderatorId))) return c.html(invalidPage(), 410);
      const reason = target.action === 'reject' ? fields.reason : null;
      if (target.action === 'reject' && !isRejectReason(reason)) throw new ApiError(400, 'invalid-input', { fields: { reason: strings.moderation.invalidReason } });
      const used = await consumeToken(db, config.secret, 'moderate', fields.token, now);
      if (!used.ok) return c.html(invalidPage(), 410);
      const done = await moderateComment(services, target.commentId, target.action as MailAction, target.moderatorId, isRejectReason(reason) ? reason : null);
      if (!done) return c.html(invalidPage(), 410);
      await retireLinks(db, target.commentId, now);
      return c.html(standalonePage(t.title, `<p role="status">${escapeHtml(t.done(strings.moderation.actions[target.action]))}</p><p><a href="/moderation/">/moderation/</a></p>`));
    },
  );

  return app;
}
