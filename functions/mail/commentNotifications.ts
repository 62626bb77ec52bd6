import { escapeHtml } from '../../src/lib/comments/escapeHtml.ts';
import { urls } from '../../src/lib/urls.ts';
import { strings } from '../../src/strings.ts';
import type { CommentServices } from '../comments/services.ts';
import type { CommentRow } from '../db/schema.ts';
import { getCommentRow } from '../moderation/moderationQueries.ts';
import { commentExcerpt } from './commentExcerpt.ts';
import { planNotifications, type PlannedNotification } from './notificationPlan.ts';
import { enqueueMail, type QueuedMail } from './outbox.ts';
import { postTitle, unsubscribeUrl } from './readerNotifications.ts';
import { claimCommentNotification, confirmedSubscriptionsFor } from './subscriptionQueries.ts';

type Services = Pick<CommentServices, 'db' | 'config' | 'posts' | 'now' | 'queues'>;

const t = strings.moderation.notifications;

/**
 * The mail for one planned notification. The commenter's name and text go
 * into the body only (escaped in the HTML part), never into a header: the
 * subject carries the article's title alone.
 */
function notificationMail(plan: PlannedNotification, comment: CommentRow, title: string, link: string, unsubscribe: string): QueuedMail {
  const headers = { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
  const unsubscribeHtml = `<p><a href="${escapeHtml(unsubscribe)}">${escapeHtml(t.unsubscribeTitle)}</a></p>`;
  if (plan.kind === 'reply') {
    return {
      kind: 'reply-notification',
      to: plan.email,
      subject: t.replySubject(title),
      text: `${t.replyText(comment.author_name, title, link)}\n\n${t.unsubscribeText(unsubscribe)}`,
      html: `<p>${escapeHtml(t.replyText(comment.author_name, title, '')).trim()} <a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p><blockquote>${comment.body_html}</blockquote>${unsubscribeHtml}`,
      headers,
    };
  }
  const excerpt = commentExcerpt(comment.body_source);
  return {
    kind: 'article-notification',
    to: plan.email,
    subject: t.articleSubject(title),
    text: `${t.articleText(comment.author_name, title)}\n\n${excerpt}\n\n${t.articleLink}: ${link}\n\n${t.articleReason}\n${t.unsubscribeText(unsubscribe)}`,
    html:
      `<p>${escapeHtml(t.articleText(comment.author_name, title))}</p><blockquote><p>${escapeHtml(excerpt)}</p></blockquote>` +
      `<p><a href="${escapeHtml(link)}">${escapeHtml(t.articleLink)}</a></p><p>${escapeHtml(t.articleReason)}</p>${unsubscribeHtml}`,
    headers,
  };
}

/**
 * A comment was published (by a moderator or automatically): one mail to
 * each confirmed subscriber of the article and of replies to its parent —
 * one per address, never to its own author, each with an unsubscribe link
 * and List-Unsubscribe/List-Unsubscribe-Post headers (RFC 8058 one-click).
 * The first call for a comment claims it, in the same transaction that
 * queues the mails, so a comment is announced once or (on an error) not at
 * all and then at its next approval. Returns the number of mails queued.
 */
export async function notifySubscribers(services: Services, commentId: string): Promise<number> {
  const comment = await getCommentRow(services.db, commentId);
  if (!comment || comment.status !== 'approved') return 0;
  const now = services.now();
  const title = await postTitle(services, comment.post_slug);
  const link = new URL(`${urls.post(comment.post_slug)}#kommentar-${comment.id}`, services.config.siteUrl).href;
  const queued = await services.db.transaction().execute(async (trx) => {
    if (!(await claimCommentNotification(trx, comment.id, now))) return 0;
    const subscriptions = await confirmedSubscriptionsFor(trx, comment.post_slug, comment.parent_id);
    const plans = planNotifications({ authorEmail: comment.author_email, parentId: comment.parent_id }, subscriptions);
    for (const plan of plans) {
      const unsubscribe = unsubscribeUrl(services.config.secret, services.config.siteUrl, plan.subscriptionIds);
      await enqueueMail(trx, notificationMail(plan, comment, title, link, unsubscribe), now);
    }
    return plans.length;
  });
  if (queued > 0) services.queues.kick();
  return queued;
}
