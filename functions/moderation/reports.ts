import type { CommentServices } from '../comments/services.ts';
import { setCommentStatus } from '../comments/commentStatus.ts';
import { notifyModerators } from '../mail/moderatorNotice.ts';
import { getCommentRow, logModeration, newId } from './moderationQueries.ts';
import type { RejectReason } from './rejectReasons.ts';

/** This many reports from different networks send an approved comment back to the queue. */
export const REPORT_THRESHOLD = 3;

export type ReportOutcome = 'reported' | 'already-reported' | 'not-found' | 'requeued';

/**
 * A reader reports an approved comment. One report per IP network (keyed
 * hash) and comment; at the threshold the comment goes back to `pending` and
 * the moderators get the usual mail.
 */
export async function reportComment(services: CommentServices, commentId: string, reason: RejectReason, reporterHash: string | null): Promise<ReportOutcome> {
  const { db } = services;
  const comment = await getCommentRow(db, commentId);
  if (!comment || comment.status !== 'approved' || comment.deleted_at) return 'not-found';
  if (reporterHash) {
    const earlier = await db.selectFrom('reports').select('id').where('comment_id', '=', commentId).where('reporter_hash', '=', reporterHash).executeTakeFirst();
    if (earlier) return 'already-reported';
  }
  const now = services.now();
  await db.insertInto('reports').values({ id: newId(), comment_id: commentId, reason, reporter_hash: reporterHash, created_at: now.toISOString() }).execute();
  const row = await db.selectFrom('reports').select((eb) => eb.fn.countAll<number | string>().as('n')).where('comment_id', '=', commentId).executeTakeFirstOrThrow();
  if (Number(row.n) < REPORT_THRESHOLD) return 'reported';
  await setCommentStatus(services, commentId, 'pending');
  await logModeration(db, { commentId, moderatorId: null, action: 'reported', reason }, now);
  await notifyModerators(services, commentId);
  return 'requeued';
}
