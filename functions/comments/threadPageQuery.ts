import { sql, type Kysely } from 'kysely';
import { toPublicComment, type PublicCommentRow } from './queries.ts';
import type { Database } from '../db/schema.ts';
import { THREADS_PER_PAGE, type CommentPage, type CommentSort } from './pageThreads.ts';

/** One page of a post's approved threads, and how many approved comments the post has. */
export interface ThreadPage extends CommentPage {
  total: number;
}

/**
 * The same page as `pageThreads(listApprovedComments(...), page, sort)`, cut in
 * the database: only the page's top-level threads (ordered by created_at, id
 * in `sort` direction) and their replies leave it. A comment counts as a
 * thread of its own when its parent is not an approved comment of the post.
 * Works on SQLite and PostgreSQL (both have WITH RECURSIVE).
 */
export async function pageApprovedThreads(db: Kysely<Database>, post: string, page: number, sort: CommentSort, perPage = THREADS_PER_PAGE): Promise<ThreadPage> {
  const approved = sql`approved AS (SELECT id, parent_id, created_at FROM comments WHERE post_slug = ${post} AND status = 'approved')`;
  const roots = sql`roots AS (SELECT id, created_at FROM approved WHERE parent_id IS NULL OR parent_id NOT IN (SELECT id FROM approved))`;
  const counts = await sql<{ total: number | string; threads: number | string }>`
    WITH ${approved}, ${roots}
    SELECT (SELECT count(*) FROM approved) AS total, (SELECT count(*) FROM roots) AS threads`.execute(db);
  const total = Number(counts.rows[0]?.total ?? 0);
  const pages = Math.max(1, Math.ceil(Number(counts.rows[0]?.threads ?? 0) / perPage));
  if (total === 0 || page > pages) return { comments: [], page, pages, total };
  const dir = sql.raw(sort === 'newest' ? 'DESC' : 'ASC');
  const rows = await sql<PublicCommentRow>`
    WITH RECURSIVE ${approved}, ${roots},
    chosen AS (SELECT id, created_at FROM roots ORDER BY created_at ${dir}, id ${dir} LIMIT ${perPage} OFFSET ${(page - 1) * perPage}),
    tree (id, root) AS (
      SELECT id, id FROM chosen
      UNION ALL
      SELECT approved.id, tree.root FROM approved JOIN tree ON approved.parent_id = tree.id
    )
    SELECT c.id, c.parent_id, c.author_name, c.author_url, c.body_html, c.created_at, c.edited_at
    FROM tree JOIN comments c ON c.id = tree.id JOIN chosen r ON r.id = tree.root
    ORDER BY r.created_at ${dir}, r.id ${dir}, c.created_at ASC, c.id ASC`.execute(db);
  const comments = rows.rows.map(toPublicComment);
  return { comments, page, pages, total };
}

/** The id and name of an approved comment of `post`, for the reply form of the comments page; undefined otherwise. */
export async function findApprovedAuthor(db: Kysely<Database>, id: string, post: string): Promise<{ id: string; name: string } | undefined> {
  const row = await db.selectFrom('comments').select(['id', 'author_name']).where('id', '=', id).where('post_slug', '=', post).where('status', '=', 'approved').executeTakeFirst();
  return row && { id: row.id, name: row.author_name };
}
