import type { CommentStatus } from '../db/schema.ts';
import { listChanged } from './listChanged.ts';
import { updateCommentStatus } from './queries.ts';
import type { CommentServices } from './services.ts';

/**
 * Changes a comment's status and drops its post's cached list, so readers see
 * an approval at once. The one way to change a status (moderation uses it).
 */
export async function setCommentStatus(services: Pick<CommentServices, 'db' | 'cache' | 'now'>, id: string, status: CommentStatus): Promise<boolean> {
  const post = await updateCommentStatus(services.db, id, status, services.now());
  if (post === undefined) return false;
  await listChanged(services, post);
  return true;
}
