import type { PostSummary } from './postTypes.ts';

export interface PublishOptions {
  /** The moment of the build; posts dated later are scheduled, not public. */
  now: Date;
  /** Show drafts and scheduled posts (the dev server's preview), never in production. */
  includeUnpublished?: boolean;
}

/** Whether a post is public at `now`: not a draft and not dated in the future. */
export function isPublished(post: PostSummary, now: Date): boolean {
  return !post.data.draft && post.data.pubDate.getTime() <= now.getTime();
}

/**
 * The posts a reader may see, newest first; ties are broken by id so the
 * order never depends on the file system.
 */
export function publishedPosts<T extends PostSummary>(posts: readonly T[], options: PublishOptions): T[] {
  return posts
    .filter((post) => options.includeUnpublished || isPublished(post, options.now))
    .sort(byNewest);
}

/** Comparator: newer publication date first, then by id. */
export function byNewest(a: PostSummary, b: PostSummary): number {
  return b.data.pubDate.getTime() - a.data.pubDate.getTime() || a.id.localeCompare(b.id);
}
