import { randomBytes } from 'node:crypto';
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { CommentRow, CommentStatus, CommentUpdate, Database } from '../db/schema.ts';
import type { HistoryEntry, ModerationComment, ModerationCommentDetail } from '../../src/lib/api/moderation.ts';
import { escapeLike, likeEscaped } from '../db/literalLike.ts';
import { spamFilterView } from '../spam/assessmentView.ts';

export type { HistoryEntry, ModerationComment, ModerationCommentDetail } from '../../src/lib/api/moderation.ts';

/** Comments per page of the moderation list. */
export const MODERATION_PAGE_SIZE = 50;

export const STATUSES: CommentStatus[] = ['pending', 'approved', 'rejected', 'spam'];

export interface ModerationFilter {
  status?: CommentStatus;
  /** Only comments readers reported since a moderator last decided on them. */
  reported?: boolean;
  post?: string;
  /** Words searched in name, e-mail and text. */
  q?: string;
  page: number;
}

export function newId(): string {
  return randomBytes(12).toString('base64url');
}

/** How often readers reported a comment since the last decision, and why (most frequent first). */
export interface ReportSummary {
  count: number;
  reasons: string[];
}

export const NO_REPORTS: ReportSummary = { count: 0, reasons: [] };

function toModerationComment(row: CommentRow, reports: ReportSummary): ModerationComment {
  return {
    id: row.id,
    post: row.post_slug,
    parent: row.parent_id,
    name: row.author_name,
    email: row.author_email,
    url: row.author_url,
    body: row.body_source,
    html: row.body_html,
    status: row.status,
    spamReasons: JSON.parse(row.spam_reasons) as string[],
    spamFilter: spamFilterView(row.spam_assessment),
    rejectReason: row.reject_reason,
    deleted: row.deleted_at !== null,
    reports: reports.count,
    reportReasons: reports.reasons,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A page of comments, newest first, with the total and the counts per status and of reported ones (for the same post filter). */
export async function listForModeration(
  db: Kysely<Database>,
  filter: ModerationFilter,
): Promise<{ comments: ModerationComment[]; total: number; counts: Record<CommentStatus | 'reported', number> }> {
  let query = db.selectFrom('comments');
  if (filter.post) query = query.where('post_slug', '=', filter.post);
  if (filter.q) {
    // The term is taken literally: `%`, `_` and `\` in it are no wildcards.
    const pattern = `%${escapeLike(filter.q.toLowerCase())}%`;
    query = query.where((eb) => eb.or(['author_name', 'author_email', 'body_source'].map((column) => likeEscaped(eb.fn<string>('lower', [column as 'author_name']), pattern))));
  }
  const isReported = (eb: ExpressionBuilder<Database, 'comments'>) => eb('id', 'in', eb.selectFrom('reports').select('comment_id'));
  const countByStatus = async (counted: typeof query) => {
    const byStatus = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<CommentStatus, number>;
    for (const row of await counted.select(['status', (eb) => eb.fn.countAll<number | string>().as('n')]).groupBy('status').execute()) byStatus[row.status] = Number(row.n);
    return byStatus;
  };
  const sum = (byStatus: Record<CommentStatus, number>) => STATUSES.reduce((total, status) => total + byStatus[status], 0);
  const all = await countByStatus(query);
  const reported = await countByStatus(query.where(isReported));
  let filtered = filter.status ? query.where('status', '=', filter.status) : query;
  if (filter.reported) filtered = filtered.where(isReported);
  const rows = await filtered
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(MODERATION_PAGE_SIZE)
    .offset((filter.page - 1) * MODERATION_PAGE_SIZE)
    .execute();
  const reports = await reportSummaries(db, rows.map((row) => row.id));
  const shown = filter.reported ? reported : all;
  const total = filter.status ? shown[filter.status] : sum(shown);
  const counts = { ...all, reported: sum(reported) };
  return { comments: rows.map((row) => toModerationComment(row, reports.get(row.id) ?? NO_REPORTS)), total, counts };
}

async function reportSummaries(db: Kysely<Database>, ids: string[]): Promise<Map<string, ReportSummary>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('reports')
    .select(['comment_id', 'reason', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('comment_id', 'in', ids)
    .groupBy(['comment_id', 'reason'])
    .execute();
  const byComment = new Map<string, { reason: string; n: number }[]>();
  for (const row of rows) byComment.set(row.comment_id, [...(byComment.get(row.comment_id) ?? []), { reason: row.reason, n: Number(row.n) }]);
  return new Map(
    [...byComment].map(([id, reasons]) => [
      id,
      { count: reasons.reduce((sum, r) => sum + r.n, 0), reasons: reasons.sort((a, b) => b.n - a.n || a.reason.localeCompare(b.reason)).map((r) => r.reason) },
    ]),
  );
}

/** The open reports of one comment. */
export async function reportSummaryOf(db: Kysely<Database>, id: string): Promise<ReportSummary> {
  return (await reportSummaries(db, [id])).get(id) ?? NO_REPORTS;
}

/** A moderator decided on the comment: its reports are handled (the next three count anew). */
export async function clearReports(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('reports').where('comment_id', '=', id).execute();
}

export async function getCommentRow(db: Kysely<Database>, id: string): Promise<CommentRow | undefined> {
  return db.selectFrom('comments').selectAll().where('id', '=', id).executeTakeFirst();
}

/** One comment with its edit history and moderation log, for the detail view. */
export async function getModerationComment(db: Kysely<Database>, id: string): Promise<ModerationCommentDetail | undefined> {
  const row = await getCommentRow(db, id);
  if (!row) return undefined;
  const [reports, edits, log] = await Promise.all([
    reportSummaries(db, [id]),
    db
      .selectFrom('comment_edits')
      .leftJoin('moderators', 'moderators.id', 'comment_edits.moderator_id')
      .select(['comment_edits.previous_source', 'comment_edits.moderator_id', 'moderators.name', 'moderators.email', 'comment_edits.created_at'])
      .where('comment_edits.comment_id', '=', id)
      .orderBy('comment_edits.created_at')
      .execute(),
    db
      .selectFrom('moderation_log')
      .leftJoin('moderators', 'moderators.id', 'moderation_log.moderator_id')
      .select(['moderation_log.action', 'moderation_log.reason', 'moderation_log.moderator_id', 'moderators.name', 'moderators.email', 'moderation_log.created_at'])
      .where('moderation_log.comment_id', '=', id)
      .orderBy('moderation_log.created_at')
      .execute(),
  ]);
  const nameOf = (entry: { name: string | null; email: string | null }) => entry.name || entry.email || null;
  return {
    ...toModerationComment(row, reports.get(id) ?? NO_REPORTS),
    edits: edits.map((edit) => ({ previousBody: edit.previous_source, moderator: edit.moderator_id, moderatorName: nameOf(edit), createdAt: edit.created_at })),
    log: log.map((entry): HistoryEntry => ({ action: entry.action, reason: entry.reason, moderator: entry.moderator_id, moderatorName: nameOf(entry), createdAt: entry.created_at })),
  };
}

/** Records what a moderator did (statistics and accountability; no reader data). */
export async function logModeration(db: Kysely<Database>, entry: { commentId: string; moderatorId: string | null; action: string; reason?: string | null }, now: Date): Promise<void> {
  await db
    .insertInto('moderation_log')
    .values({ id: newId(), comment_id: entry.commentId, moderator_id: entry.moderatorId, action: entry.action, reason: entry.reason ?? null, created_at: now.toISOString() })
    .execute();
}

export async function setRejectReason(db: Kysely<Database>, id: string, reason: string | null): Promise<void> {
  await db.updateTable('comments').set({ reject_reason: reason }).where('id', '=', id).execute();
}

/**
 * Replaces a comment's text and keeps the old one in the edit history; `moderatorId` is null for the
 * author's own edit, which also passes its new fingerprint, status and `edited_at` as `also`.
 */
export async function editCommentText(db: Kysely<Database>, row: CommentRow, body: { source: string; html: string }, moderatorId: string | null, now: Date, also: CommentUpdate = {}): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('comment_edits').values({ id: newId(), comment_id: row.id, moderator_id: moderatorId, previous_source: row.body_source, created_at: now.toISOString() }).execute();
    await trx.updateTable('comments').set({ ...also, body_source: body.source, body_html: body.html, updated_at: now.toISOString() }).where('id', '=', row.id).execute();
  });
}

/**
 * Deletes a comment. One with replies stays as an empty placeholder, so the
 * thread keeps its shape: author, e-mail, text, hashes, the spam filter's
 * assessment (it names words of the text) and edit history go.
 */
export async function deleteComment(db: Kysely<Database>, row: CommentRow, placeholder: { name: string; html: string }, now: Date): Promise<'deleted' | 'placeholder'> {
  const reply = await db.selectFrom('comments').select('id').where('parent_id', '=', row.id).limit(1).executeTakeFirst();
  if (!reply) {
    await db.deleteFrom('comments').where('id', '=', row.id).execute();
    return 'deleted';
  }
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('comment_edits').where('comment_id', '=', row.id).execute();
    await trx
      .updateTable('comments')
      .set({ author_name: placeholder.name, author_email: '', author_url: null, body_source: '', body_html: placeholder.html, notify: 0, ip_hash: null, user_agent: null, spam_assessment: null, deleted_at: now.toISOString(), updated_at: now.toISOString() })
      .where('id', '=', row.id)
      .execute();
  });
  return 'placeholder';
}
