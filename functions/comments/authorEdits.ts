import { escapeHtml } from '../../src/lib/comments/escapeHtml.ts';
import { strings } from '../../src/strings.ts';
import type { CommentRow, CommentStatus } from '../db/schema.ts';
import { notifyModerators } from '../mail/moderatorNotice.ts';
import { deleteComment, editCommentText, getCommentRow, logModeration } from '../moderation/moderationQueries.ts';
import { keyedHash, networkHash } from '../privacy/keyedHash.ts';
import { limitReader } from '../spam/rateLimitQueries.ts';
import type { StageResult } from '../spam/verdict.ts';
import { checkEditToken } from './editToken.ts';
import { listChanged } from './listChanged.ts';
import { findCommentIdByFingerprint } from './queries.ts';
import { renderCommentBody } from './renderBody.ts';
import type { RequestOrigin } from './requestOrigin.ts';
import type { CommentServices } from './services.ts';
import { commentFingerprint, judgeText } from './submitComment.ts';
import { forgetDeletedComment, learnFromComment } from '../spam/trainFilter.ts';
import type { Submission } from './submissionSchema.ts';

/** Why an author's change was refused, or what became of it. */
export type AuthorEditOutcome =
  | { kind: 'token-missing' | 'token-invalid' | 'token-expired' | 'unknown-comment' | 'duplicate' }
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  | { kind: 'edited'; status: 'approved' | 'pending'; editedAt: string; html: string; post: string }
  | { kind: 'deleted'; post: string };

type Refusal = { kind: 'token-missing' | 'token-invalid' | 'token-expired' | 'unknown-comment' } | { kind: 'rate-limited'; retryAfterSeconds: number };

/**
 * The comment `token` lets its bearer change, or why not. A rejected comment stays rejected and a
 * deleted one (a placeholder) has no author any more. The request counts against the author's rate
 * limits (IP network and e-mail), like a new comment.
 */
async function authorised(services: CommentServices, id: string, token: unknown, origin: RequestOrigin): Promise<CommentRow | Refusal> {
  const now = services.now();
  const check = checkEditToken(services.config.secret, id, token, now);
  if (check !== 'ok') return { kind: `token-${check}` };
  const row = await getCommentRow(services.db, id);
  if (!row || row.deleted_at || row.status === 'rejected') return { kind: 'unknown-comment' };
  const { secret, rateLimit } = services.config;
  const limited = await limitReader(services.db, { scope: 'edit', ipHash: networkHash(secret, origin.ip), emailHash: keyedHash(secret, 'email', row.author_email), ...rateLimit, now });
  return limited ? { kind: 'rate-limited', retryAfterSeconds: limited.retryAfterSeconds } : row;
}

/**
 * The status after an edit: whatever the text stages find now counts as on submit (spam → spam,
 * a doubt → back to the queue); an edit that passes keeps the status the comment had.
 */
export function statusAfterEdit(current: CommentStatus, results: readonly StageResult[]): CommentStatus {
  if (results.some((result) => result.verdict === 'spam')) return 'spam';
  if (results.some((result) => result.verdict === 'moderate') && current === 'approved') return 'pending';
  return current;
}

/**
 * The author's new text (checked by parseBody already): the same text stages as a new comment
 * (links, word lists, the local spam filter, Akismet), the old text into the edit history moderators see, „bearbeitet“ for
 * readers, and the list caches and CDN tags dropped when it was published.
 */
export async function editOwnComment(services: CommentServices, id: string, token: unknown, body: string, origin: RequestOrigin): Promise<AuthorEditOutcome> {
  const row = await authorised(services, id, token, origin);
  if ('kind' in row) return row;
  const { db, config } = services;
  const post = await services.posts.get(row.post_slug);
  if (!post) return { kind: 'unknown-comment' };
  const fingerprint = commentFingerprint(config.secret, row.post_slug, row.author_email, body);
  const same = await findCommentIdByFingerprint(db, fingerprint);
  if (same && same !== row.id) return { kind: 'duplicate' };

  const comment: Submission = { post: row.post_slug, parent: row.parent_id, name: row.author_name, email: row.author_email, url: row.author_url, body, notify: row.notify === 1, honeypotFilled: false, token: null };
  const { results, assessment } = await judgeText(services, comment, post, origin);
  const status = statusAfterEdit(row.status, results);
  const reasons = [...new Set([...(JSON.parse(row.spam_reasons) as string[]), ...results.flatMap((result) => (result.verdict === 'pass' ? [] : [result.reason]))])];
  const now = services.now();
  const html = renderCommentBody(body);
  await editCommentText(db, row, { source: body, html }, null, now, { fingerprint, status, spam_reasons: JSON.stringify(reasons), spam_assessment: JSON.stringify(assessment), edited_at: now.toISOString() });
  // What a moderator's decision taught the filter now stands for the new text; an edit that changed the
  // status (back to the queue, or to spam by the filter's own verdict) takes the lesson back, so the filter
  // never learns from its own verdicts.
  await learnFromComment(db, { ...row, status: status === row.status ? status : 'pending', body_source: body, spam_assessment: JSON.stringify(assessment) }, now);
  await logModeration(db, { commentId: id, moderatorId: null, action: 'author-edit' }, now);
  if (row.status === 'approved') await listChanged(services, row.post_slug);
  if (row.status === 'approved' && status === 'pending') {
    await notifyModerators(services, id).catch((error: Error) => console.error(`E-Mail nicht eingereiht: ${error.message}`));
  }
  // Spam is answered like a comment waiting for a moderator, as on submit.
  return { kind: 'edited', status: status === 'approved' ? 'approved' : 'pending', editedAt: now.toISOString(), html, post: row.post_slug };
}

/** Deletes the author's comment the way a moderator's delete does: a placeholder stays where it has replies. */
export async function deleteOwnComment(services: CommentServices, id: string, token: unknown, origin: RequestOrigin): Promise<AuthorEditOutcome> {
  const row = await authorised(services, id, token, origin);
  if ('kind' in row) return row;
  const now = services.now();
  // What it taught the filter as ham goes with it, as on a moderator's delete.
  await forgetDeletedComment(services.db, id, now);
  await deleteComment(services.db, row, { name: strings.moderation.deletedAuthor, html: `<p>${escapeHtml(strings.commentEdits.deletedByAuthor)}</p>` }, now);
  if (row.status === 'approved') await listChanged(services, row.post_slug);
  await logModeration(services.db, { commentId: id, moderatorId: null, action: 'author-delete' }, now);
  return { kind: 'deleted', post: row.post_slug };
}
