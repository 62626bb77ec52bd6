import { escapeHtml } from '../../src/lib/comments/escapeHtml.ts';
import { urls } from '../../src/lib/urls.ts';
import { strings } from '../../src/strings.ts';
import type { CommentServices } from '../comments/services.ts';
import type { CommentRow } from '../db/schema.ts';
import { listModerators } from '../moderation/moderators.ts';
import { getCommentRow, NO_REPORTS, reportSummaryOf, type ReportSummary } from '../moderation/moderationQueries.ts';
import type { RejectReason } from '../moderation/rejectReasons.ts';
import { issueToken } from '../moderation/tokens.ts';
import { headerSafe } from './headerSafe.ts';
import { enqueueMail } from './outbox.ts';

/** The actions a moderator mail offers as one-click links. */
export const MAIL_ACTIONS = ['approve', 'reject', 'spam'] as const;
export type MailAction = (typeof MAIL_ACTIONS)[number];

/** Where a mail link leads: a confirmation page (GET changes nothing). */
export const MAIL_ACTION_PATH = '/moderation/aktion/';

/** The subject a moderate token carries: action, comment and moderator, all bound by its signature. */
export function actionSubject(action: MailAction, commentId: string, moderatorId: string): string {
  return `${action}:${commentId}:${moderatorId}`;
}

export function parseActionSubject(subject: string): { action: MailAction; commentId: string; moderatorId: string } | undefined {
  const [action, commentId, moderatorId] = subject.split(':');
  if (!MAIL_ACTIONS.includes(action as MailAction) || !commentId || !moderatorId) return undefined;
  return { action: action as MailAction, commentId, moderatorId };
}

/**
 * German plain-text and HTML bodies of the "comment waiting" mail; for a comment readers sent back to the
 * queue, how often and why they reported it. Pure.
 */
export function moderatorNotice(
  comment: CommentRow,
  postTitle: string,
  siteUrl: string,
  links: Record<MailAction, string>,
  reports: ReportSummary = NO_REPORTS,
): { subject: string; text: string; html: string } {
  const t = strings.moderation.moderatorMail;
  const name = headerSafe(comment.author_name, 80);
  const spamReasons = (JSON.parse(comment.spam_reasons) as string[]).map((code) => strings.moderation.spamReasons[code] ?? code).join(', ');
  const reported = reports.count > 0 ? t.reported(reports.count, reports.reasons.map((code) => strings.moderation.rejectReasons[code as RejectReason] ?? code).join(', ')) : '';
  const reasons = [spamReasons ? t.reasons(spamReasons) : '', reported].filter(Boolean);
  const article = new URL(urls.post(comment.post_slug), siteUrl).href;
  const queue = new URL('/moderation/', siteUrl).href;
  const lines = [
    t.intro(comment.author_name, postTitle),
    '',
    t.email(comment.author_email),
    ...(comment.author_url ? [t.website(comment.author_url)] : []),
    t.article(article),
    ...reasons,
    '',
    ...comment.body_source.split('\n').map((line) => `> ${line}`),
    '',
    t.links,
    ...MAIL_ACTIONS.map((action) => `${strings.moderation.actions[action]}: ${links[action]}`),
    '',
    t.queue(queue),
  ];
  const html =
    `<p>${escapeHtml(t.intro(comment.author_name, postTitle))}</p>` +
    `<p>${escapeHtml(t.email(comment.author_email))}<br>${comment.author_url ? `${escapeHtml(t.website(comment.author_url))}<br>` : ''}` +
    `<a href="${escapeHtml(article)}">${escapeHtml(article)}</a>${reasons.map((line) => `<br>${escapeHtml(line)}`).join('')}</p>` +
    `<blockquote>${comment.body_html}</blockquote>` +
    `<p>${escapeHtml(t.links)}</p><ul>${MAIL_ACTIONS.map((action) => `<li><a href="${escapeHtml(links[action])}">${escapeHtml(strings.moderation.actions[action])}</a></li>`).join('')}</ul>` +
    `<p><a href="${escapeHtml(queue)}">${escapeHtml(t.queue(queue))}</a></p>`;
  return { subject: t.subject(postTitle, name), text: lines.join('\n'), html };
}

/**
 * Queues the "comment waiting" mail to every moderator, each with their own
 * signed one-click links, and wakes the outbox.
 */
export async function notifyModerators(services: Pick<CommentServices, 'db' | 'config' | 'posts' | 'now' | 'queues'>, commentId: string): Promise<number> {
  const { db, config } = services;
  const comment = await getCommentRow(db, commentId);
  if (!comment) return 0;
  const post = await services.posts.get(comment.post_slug);
  const moderators = (await listModerators(db)).filter((moderator) => moderator.hasPassword);
  const reports = await reportSummaryOf(db, commentId);
  const now = services.now();
  for (const moderator of moderators) {
    const links = {} as Record<MailAction, string>;
    for (const action of MAIL_ACTIONS) {
      const token = await issueToken(db, config.secret, 'moderate', actionSubject(action, commentId, moderator.id), now);
      links[action] = new URL(`${MAIL_ACTION_PATH}?token=${encodeURIComponent(token)}`, config.siteUrl).href;
    }
    const mail = moderatorNotice(comment, post?.title ?? comment.post_slug, config.siteUrl, links, reports);
    await enqueueMail(db, { kind: 'moderator-notice', to: moderator.email, ...mail }, now);
  }
  if (moderators.length > 0) services.queues.kick();
  return moderators.length;
}
