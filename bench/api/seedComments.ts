import type { Kysely } from 'kysely';
import { newCommentId } from '../../functions/comments/submitComment.ts';
import { insertComment } from '../../functions/comments/queries.ts';
import { renderCommentBody } from '../../functions/comments/renderBody.ts';
import type { CommentStatus, Database } from '../../functions/db/schema.ts';

/**
 * `count` comments on `post` (approved unless `status` says otherwise), every
 * fifth a reply to the one before, with bodies of a few realistic sentences.
 * Resolves with their ids, oldest first.
 */
export async function seedComments(db: Kysely<Database>, post: string, count: number, status: CommentStatus = 'approved'): Promise<string[]> {
  const ids: string[] = [];
  const start = Date.parse('2026-01-01T08:00:00Z');
  for (let i = 0; i < count; i++) {
    const body = `Kommentar ${i + 1}: Danke für den *gründlichen* Artikel. Die Quellen sind nachvollziehbar, und die Einordnung hilft.\n\nMehr dazu: [Bericht](https://example.org/bericht/${i}).`;
    const stamp = new Date(start + i * 60_000).toISOString();
    const id = newCommentId();
    await insertComment(db, {
      id,
      post_slug: post,
      parent_id: i % 5 === 4 ? ids[i - 1]! : null,
      author_name: `Leser ${i + 1}`,
      author_email: `leser${i + 1}-${status}@example.org`,
      author_url: i % 3 === 0 ? `https://leser${i + 1}.example/` : null,
      body_source: body,
      body_html: renderCommentBody(body),
      status,
      spam_reasons: '[]',
      notify: 0,
      ip_hash: null,
      user_agent: null,
      fingerprint: `seed-${post}-${status}-${i}`,
      created_at: stamp,
      updated_at: stamp,
    });
    ids.push(id);
  }
  return ids;
}
