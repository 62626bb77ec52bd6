import { createHmac, timingSafeEqual } from 'node:crypto';
import { escapeHtml } from '../../src/lib/comments/escapeHtml.ts';
import { urls } from '../../src/lib/urls.ts';
import { strings } from '../../src/strings.ts';
import type { CommentServices } from '../comments/services.ts';
import { getCommentRow, newId } from '../moderation/moderationQueries.ts';
import { issueToken } from '../moderation/tokens.ts';
import { enqueueMail } from './outbox.ts';
import { ensureArticleSubscription, lastConfirmationIssuedAt } from './subscriptionQueries.ts';

type Services = Pick<CommentServices, 'db' | 'config' | 'posts' | 'now' | 'queues'>;

const t = strings.moderation.notifications;

/** Where the double opt-in link and the unsubscribe link lead. */
export const CONFIRM_PATH = '/benachrichtigung/bestaetigen/';
export const UNSUBSCRIBE_PATH = '/benachrichtigung/abmelden/';

function unsubscribeSignature(secret: string, subject: string): string {
  return createHmac('sha256', secret).update(`unsubscribe\u0000${subject}`).digest('base64url');
}

// Ids are base64url, so `~` cannot occur in one.
const ID_SEPARATOR = '~';

/**
 * The unsubscribe token for the subscriptions one mail stands for (a reader
 * with a reply and an article subscription gets one mail, and one click ends
 * both): signed, without expiry and reusable, because List-Unsubscribe must
 * keep working for every mail ever sent. For one id it is `<id>.<signature>`.
 */
export function unsubscribeToken(secret: string, subscriptionIds: string | readonly string[]): string {
  const subject = (typeof subscriptionIds === 'string' ? [subscriptionIds] : subscriptionIds).join(ID_SEPARATOR);
  return `${subject}.${unsubscribeSignature(secret, subject)}`;
}

/** The subscription ids a valid unsubscribe token names. */
export function checkUnsubscribeToken(secret: string, token: unknown): string[] | undefined {
  if (typeof token !== 'string' || token.length > 400) return undefined;
  const [subject = '', signature = ''] = token.split('.');
  const expected = Buffer.from(unsubscribeSignature(secret, subject));
  const given = Buffer.from(signature);
  return subject && given.length === expected.length && timingSafeEqual(given, expected) ? subject.split(ID_SEPARATOR) : undefined;
}

/** The address of the unsubscribe page (and of RFC 8058's one-click POST) for these subscriptions. */
export function unsubscribeUrl(secret: string, siteUrl: string, subscriptionIds: readonly string[]): string {
  return new URL(`${UNSUBSCRIBE_PATH}?token=${encodeURIComponent(unsubscribeToken(secret, subscriptionIds))}`, siteUrl).href;
}

/** The title readers know a post by (its id when the post is gone). */
export async function postTitle(services: Pick<Services, 'posts'>, post: string): Promise<string> {
  return (await services.posts.get(post))?.title ?? post;
}

/** Plain text as HTML: escaped, line breaks kept, `url` (if given) as a link. */
export function textAsHtml(text: string, url?: string): string {
  const html = escapeHtml(text).replaceAll('\n', '<br>');
  return `<p>${url ? html.replace(escapeHtml(url), `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`) : html}</p>`;
}

/** Queues the double opt-in mail for an unconfirmed subscription: a one-time link (7 days) to the confirmation page. */
async function mailConfirmation(services: Services, subscriptionId: string, to: string, mail: (url: string) => { subject: string; text: string }): Promise<void> {
  const now = services.now();
  const token = await issueToken(services.db, services.config.secret, 'subscribe', subscriptionId, now);
  const url = new URL(`${CONFIRM_PATH}?token=${encodeURIComponent(token)}`, services.config.siteUrl).href;
  const { subject, text } = mail(url);
  await enqueueMail(services.db, { kind: 'subscription-confirm', to, subject, text, html: textAsHtml(text, url) }, now);
  services.queues.kick();
}

/**
 * A reader ticked "notify me": an unconfirmed subscription to replies to
 * their comment and a confirmation mail (double opt-in). Nothing else is
 * mailed until they confirm.
 */
export async function subscribeToReplies(services: Services, commentId: string): Promise<void> {
  const comment = await getCommentRow(services.db, commentId);
  if (!comment) return;
  const id = newId();
  await services.db.insertInto('subscriptions').values({ id, email: comment.author_email, post_slug: comment.post_slug, comment_id: comment.id, confirmed_at: null, created_at: services.now().toISOString() }).execute();
  const title = await postTitle(services, comment.post_slug);
  await mailConfirmation(services, id, comment.author_email, (url) => ({ subject: t.confirmSubject(title), text: t.confirmText(title, url) }));
}

/** A second confirmation mail for the same unconfirmed subscription goes out at most this often. */
export const CONFIRMATION_RESEND_MS = 60 * 60 * 1000;

/**
 * A reader asked for every new comment on an article: an unconfirmed
 * subscription and a confirmation mail (double opt-in). An address that is
 * subscribed already gets nothing, one whose confirmation is under an hour
 * old gets no second mail: nobody can flood an inbox through this form, and
 * the caller answers the same in every case.
 */
export async function subscribeToArticle(services: Services, post: { id: string; title: string }, email: string): Promise<void> {
  const now = services.now();
  const subscription = await ensureArticleSubscription(services.db, { id: newId(), post: post.id, email }, now);
  if (subscription.confirmed_at) return;
  const last = await lastConfirmationIssuedAt(services.db, subscription.id);
  if (last && now.getTime() - Date.parse(last) < CONFIRMATION_RESEND_MS) return;
  await mailConfirmation(services, subscription.id, email, (url) => ({ subject: t.articleConfirmSubject(post.title), text: t.articleConfirmText(post.title, url) }));
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
