import { createHmac, timingSafeEqual } from 'node:crypto';
import { escapeHtml } from '../../src/lib/comments/escapeHtml.ts';
import { urls } from '../../src/lib/urls.ts';
import { strings } from '../../src/strings.ts';
import type { CommentServices } from '../comments/services.ts';
import { getCommentRow, newId } from '../moderation/moderationQueries.ts';
import { issueToken } from '../moderation/tokens.ts';
import { enqueueMail } from './outbox.ts';

type Services = Pick<CommentServices, 'db' | 'config' | 'posts' | 'now' | 'queues'>;

const t = strings.moderation.notifications;

/** Where the double opt-in link and the unsubscribe link lead. */
export const CONFIRM_PATH = '/benachrichtigung/bestaetigen/';
export const UNSUBSCRIBE_PATH = '/benachrichtigung/abmelden/';

function unsubscribeSignature(secret: string, subscriptionId: string): string {
  return createHmac('sha256', secret).update(`unsubscribe\u0000${subscriptionId}`).digest('base64url');
}

/**
 * The unsubscribe token: signed, without expiry and reusable, because
 * List-Unsubscribe must keep working for every mail ever sent.
 */
export function unsubscribeToken(secret: string, subscriptionId: string): string {
  return `${subscriptionId}.${unsubscribeSignature(secret, subscriptionId)}`;
}

/** The subscription id a valid unsubscribe token names. */
export function checkUnsubscribeToken(secret: string, token: unknown): string | undefined {
  if (typeof token !== 'string' || token.length > 200) return undefined;
  const [id = '', signature = ''] = token.split('.');
  const expected = Buffer.from(unsubscribeSignature(secret, id));
  const given = Buffer.from(signature);
  return id && given.length === expected.length && timingSafeEqual(given, expected) ? id : undefined;
}

async function postTitle(services: Services, post: string): Promise<string> {
  return (await services.posts.get(post))?.title ?? post;
}

/**
 * A reader ticked "notify me": an unconfirmed subscription to replies to
 * their comment and a confirmation mail (double opt-in). Nothing else is
 * mailed until they confirm.
 */
export async function subscribeToReplies(services: Services, commentId: string): Promise<void> {
  const comment = await getCommentRow(services.db, commentId);
  if (!comment) return;
  const now = services.now();
  const id = newId();
  await services.db.insertInto('subscriptions').values({ id, email: comment.author_email, post_slug: comment.post_slug, comment_id: comment.id, confirmed_at: null, created_at: now.toISOString() }).execute();
  const token = await issueToken(services.db, services.config.secret, 'subscribe', id, now);
  const url = new URL(`${CONFIRM_PATH}?token=${encodeURIComponent(token)}`, services.config.siteUrl).href;
  const title = await postTitle(services, comment.post_slug);
  await enqueueMail(
    services.db,
    {
      kind: 'subscription-confirm',
      to: comment.author_email,
      subject: t.confirmSubject(title),
      text: t.confirmText(title, url),
      html: `<p>${escapeHtml(t.confirmText(title, url)).replaceAll('\n', '<br>').replace(escapeHtml(url), `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`)}</p>`,
    },
    now,
  );
  services.queues.kick();
}

/**
 * An approved reply: a mail to every confirmed subscriber of the comment it
 * answers (never to the reply's own author), each with an unsubscribe link
 * and List-Unsubscribe/List-Unsubscribe-Post headers (RFC 8058 one-click).
 * Call only for approved comments.
 */
export async function notifyReplySubscribers(services: Services, replyId: string): Promise<number> {
  const reply = await getCommentRow(services.db, replyId);
  if (!reply?.parent_id || reply.status !== 'approved') return 0;
  const subscribers = await services.db
    .selectFrom('subscriptions')
    .selectAll()
    .where('comment_id', '=', reply.parent_id)
    .where('confirmed_at', 'is not', null)
    .where('email', '!=', reply.author_email)
    .execute();
  if (subscribers.length === 0) return 0;
  const now = services.now();
  const title = await postTitle(services, reply.post_slug);
  const link = new URL(`${urls.post(reply.post_slug)}#kommentar-${reply.id}`, services.config.siteUrl).href;
  for (const subscription of subscribers) {
    const unsubscribe = new URL(`${UNSUBSCRIBE_PATH}?token=${encodeURIComponent(unsubscribeToken(services.config.secret, subscription.id))}`, services.config.siteUrl).href;
    const text = `${t.replyText(reply.author_name, title, link)}\n\n${t.unsubscribeText(unsubscribe)}`;
    await enqueueMail(
      services.db,
      {
        kind: 'reply-notification',
        to: subscription.email,
        subject: t.replySubject(title),
        text,
        html: `<p>${escapeHtml(t.replyText(reply.author_name, title, '')).trim()} <a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p><blockquote>${reply.body_html}</blockquote><p><a href="${escapeHtml(unsubscribe)}">${escapeHtml(t.unsubscribeTitle)}</a></p>`,
        headers: { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      },
      now,
    );
  }
  services.queues.kick();
  return subscribers.length;
}

/** Tells the author of a rejected comment the guideline it broke (no mail for an address-less placeholder). */
export async function tellRejection(services: Services, commentId: string, reasonLabel: string): Promise<void> {
  const comment = await getCommentRow(services.db, commentId);
  if (!comment?.author_email) return;
  const title = await postTitle(services, comment.post_slug);
  const guidelines = new URL(urls.page('leitlinien'), services.config.siteUrl).href;
  const text = t.rejectedText(title, reasonLabel, guidelines);
  await enqueueMail(
    services.db,
    { kind: 'rejection', to: comment.author_email, subject: t.rejectedSubject(title), text, html: `<p>${escapeHtml(text).replaceAll('\n', '<br>')}</p>` },
    services.now(),
  );
  services.queues.kick();
}
