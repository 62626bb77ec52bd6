/**
 * Netlify's CDN files a cached response under the tags of this header, and its purge API drops every
 * response of a tag at once (https://docs.netlify.com/platform/caching/#cache-tags). Netlify keeps the
 * header to itself; browsers never see it.
 */
export const CACHE_TAG_HEADER = 'Netlify-Cache-Tag';

/** The tag of everything that shows a post's approved comments: its JSON list and its comments page. */
export function commentsCacheTag(post: string): string {
  return `comments-${post}`;
}

/** The tag of what shows the newest comments of every post: the site's comment feed. */
export const ALL_COMMENTS_CACHE_TAG = 'comments-all';
