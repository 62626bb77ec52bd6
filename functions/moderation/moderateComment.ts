import { strings } from '../../src/strings.ts';
import { setCommentStatus } from '../comments/commentStatus.ts';
import { listChanged } from '../comments/listChanged.ts';
import { renderCommentBody } from '../comments/renderBody.ts';
import type { CommentServices } from '../comments/services.ts';
import type { CommentStatus } from '../db/schema.ts';
import { escapeHtml } from '../../src/lib/comments/escapeHtml.ts';
import { enqueueFeedback } from './akismetFeedback.ts';
import { notifySubscribers } from '../mail/commentNotifications.ts';
import { tellRejection } from '../mail/readerNotifications.ts';
import { forgetDeletedComment, learnFromComment } from '../spam/trainFilter.ts';
import { clearReports, deleteComment, editCommentText, getCommentRow, logModeration, setRejectReason } from './moderationQueries.ts';
import type { RejectReason } from './rejectReasons.ts';

/** What a moderator can do to a comment. */
export type ModerationAction = 'approve' | 'reject' | 'spam' | 'ham' | 'delete';

export const MODERATION_ACTIONS: ModerationAction[] = ['approve', 'reject', 'spam', 'ham', 'delete'];

/** `ham` publishes: the moderator says it is no spam, and it was held only for being suspected. */
const TARGET_STATUS: Record<Exclude<ModerationAction, 'delete'>, CommentStatus> = { approve: 'approved', reject: 'rejected', spam: 'spam', ham: 'approved' };

export type ModerationServices = Pick<CommentServices, 'db' | 'cache' | 'now' | 'config' | 'akismetFeedback' | 'queues' | 'posts'>;

/**
 * Applies one moderator action: the status change goes through
 * setCommentStatus (it drops the cached list), the local spam filter learns
 * from it (published = ham, spam = spam), spam/ham verdicts are queued for
 * Akismet, readers' reports count as handled, and everything is logged.
 * False when there is no such comment.
 */
export async function moderateComment(services: ModerationServices, id: string, action: ModerationAction, moderatorId: string | null, reason: RejectReason | null = null): Promise<boolean> {
  const { db } = services;
  const now = services.now();
  const row = await getCommentRow(db, id);
  if (!row) return false;
  // Any decision handles the readers' reports, a delete too (a placeholder that keeps its replies stays in the table).
  await clearReports(db, id);
  if (action === 'delete') {
    await forgetDeletedComment(db, id, now);
    await deleteComment(db, row, { name: strings.moderation.deletedAuthor, html: `<p>${escapeHtml(strings.moderation.deletedComment)}</p>` }, now);
    await listChanged(services, row.post_slug);
    await logModeration(db, { commentId: id, moderatorId, action }, now);
    return true;
  }
  const status = TARGET_STATUS[action];
  await setRejectReason(db, id, action === 'reject' ? reason : null);
  await setCommentStatus(services, id, status);
  await learnFromComment(db, { ...row, status }, now);
  if ((action === 'spam' || action === 'ham') && services.akismetFeedback) {
    await enqueueFeedback(db, row, action, services.config.siteUrl, now);
    services.queues.kick();
  }
  await logModeration(db, { commentId: id, moderatorId, action, reason: action === 'reject' ? reason : null }, now);
  // Subscribers hear of a comment only when it is published, and only once: notifySubscribers claims the
  // comment, so approve → reject → approve mails nobody again.
  if (status === 'approved' && row.status !== 'approved') await notifySubscribers(services, id);
  if (action === 'reject' && reason && row.status !== 'rejected') await tellRejection(services, id, strings.moderation.rejectReasons[reason]);
  return true;
}

/** Replaces a comment's text (rendered and sanitized like a new one); the old text goes into the edit history. */
export async function editComment(services: ModerationServices, id: string, body: string, moderatorId: string): Promise<boolean> {
  const row = await getCommentRow(services.db, id);
  if (!row || row.deleted_at) return false;
  await editCommentText(services.db, row, { source: body, html: renderCommentBody(body) }, moderatorId, services.now());
  // A decided comment teaches the filter its new text from now on (its old text is taken back).
  await learnFromComment(services.db, { ...row, body_source: body }, services.now());
  await listChanged(services, row.post_slug);
  await logModeration(services.db, { commentId: id, moderatorId, action: 'edit' }, services.now());
  return true;
}
