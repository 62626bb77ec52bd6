import { ListCache } from '../comments/listCache.ts';
import { ALL_COMMENTS_CACHE_TAG, commentsCacheTag } from './cacheTags.ts';
import type { CdnPurger } from './cdnPurger.ts';

/**
 * The list cache of a Netlify function: every change that drops a post's list (a comment approved,
 * withdrawn, edited, deleted) also marks the post's CDN tag for purging. It keeps nothing itself (TTL 0):
 * the CDN is the cache there, and an instance that kept an old list could hand it to the CDN again right
 * after the purge, where it would stay for the full max-age.
 */
export class PurgingListCache extends ListCache {
  readonly #purger: CdnPurger;

  constructor(purger: CdnPurger) {
    super(0);
    this.#purger = purger;
  }

  override invalidate(post: string): void {
    super.invalidate(post);
    this.#purger.add(commentsCacheTag(post));
    this.#purger.add(ALL_COMMENTS_CACHE_TAG);
  }
}
