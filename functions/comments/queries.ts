import type { Kysely } from 'kysely';
import type { PublicComment } from '../../src/lib/comments/commentThread.ts';
import type { CommentRow, CommentStatus, Database, NewCommentRow } from '../db/schema.ts';

/**
 * Stores a new comment. Returns false when the same comment (same
 * fingerprint) is already there; the unique index decides, so two identical
 * requests at the same moment cannot both get in.
 */
export async function insertComment(db: Kysely<Database>, row: NewCommentRow): Promise<boolean> {
  const result = await db
    .insertInto('comments')
    .values(row)
    .onConflict((oc) => oc.column('fingerprint').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** The comment with this fingerprint (same post, e-mail and text), if any. */
export async function findCommentIdByFingerprint(db: Kysely<Database>, fingerprint: string): Promise<string | undefined> {
  const row = await db.selectFrom('comments').select('id').where('fingerprint', '=', fingerprint).executeTakeFirst();
  return row?.id;
}

/** Whether `id` is an approved comment on `post`: the only kind a reader may reply to. */
export async function isApprovedCommentOnPost(db: Kysely<Database>, id: string, post: string): Promise<boolean> {
  const row = await db
    .selectFrom('comments')
    .select('id')
    .where('id', '=', id)
    .where('post_slug', '=', post)
    .where('status', '=', 'approved')
    .executeTakeFirst();
  return row !== undefined;
}

/** Whether this e-mail address has an approved comment already (a returning author). */
export async function hasApprovedComment(db: Kysely<Database>, email: string): Promise<boolean> {
  const row = await db
    .selectFrom('comments')
    .select('id')
    .where('author_email', '=', email)
    .where('status', '=', 'approved')
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** The approved comments of a post, oldest first, with only the fields readers may see. */
export async function listApprovedComments(db: Kysely<Database>, post: string): Promise<PublicComment[]> {
  const rows = await db
    .selectFrom('comments')
    .select(['id', 'parent_id', 'author_name', 'author_url', 'body_html', 'created_at', 'edited_at'])
    .where('post_slug', '=', post)
    .where('status', '=', 'approved')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toPublicComment);
}

/** The columns a published comment shows to readers, as `toPublicComment` reads them. */
export type PublicCommentRow = Pick<CommentRow, 'id' | 'parent_id' | 'author_name' | 'author_url' | 'body_html' | 'created_at' | 'edited_at'>;

/** A published comment as the API and the comments page show it: nothing a reader may not see. */
export function toPublicComment(row: PublicCommentRow): PublicComment {
  return {
    id: row.id,
    parent: row.parent_id,
    name: row.author_name,
    url: row.author_url,
    html: row.body_html,
    createdAt: row.created_at,
    // Only where set: most comments are never edited, and the list stays small.
    ...(row.edited_at ? { editedAt: row.edited_at } : {}),
  };
}

/** Sets a comment's status; returns its post, or undefined when there is no such comment. */
export async function updateCommentStatus(db: Kysely<Database>, id: string, status: CommentStatus, now: Date): Promise<string | undefined> {
  const row = await db
    .updateTable('comments')
    .set({ status, updated_at: now.toISOString() })
    .where('id', '=', id)
    .returning('post_slug')
    .executeTakeFirst();
  return row?.post_slug;
}

/** How many comments are stored (all statuses): the benchmark's "nothing lost" check. */
export async function countComments(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('comments').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The newest approved comments (of `post`, or of the whole site), newest first, for the comment feeds. */
export async function listNewestApprovedComments(
  db: Kysely<Database>,
  post: string | undefined,
  limit: number,
): Promise<Array<{ id: string; post: string; name: string; html: string; createdAt: string; updatedAt: string }>> {
  let query = db
    .selectFrom('comments')
    .select(['id', 'post_slug', 'author_name', 'body_html', 'created_at', 'updated_at'])
    .where('status', '=', 'approved')
    .where('deleted_at', 'is', null);
  if (post !== undefined) query = query.where('post_slug', '=', post);
  const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  return rows.map((row) => ({ id: row.id, post: row.post_slug, name: row.author_name, html: row.body_html, createdAt: row.created_at, updatedAt: row.updated_at }));
}
