import { bumpListVersion } from './listVersions.ts';
import type { CommentServices } from './services.ts';

/**
 * Tells every instance that `post`'s published comments changed: the version
 * in the database rises (other processes reload on their next request) and
 * this process drops its copy at once.
 */
export async function listChanged(services: Pick<CommentServices, 'db' | 'cache'>, post: string): Promise<void> {
  await bumpListVersion(services.db, post);
  services.cache.invalidate(post);
}
