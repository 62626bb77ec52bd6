import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/** A post's approved comments, serialized (and compressed) once for every reader who asks. */
export interface CachedList {
  json: string;
  /** The JSON as UTF-8 bytes, encoded once instead of on every response. */
  bytes: Uint8Array<ArrayBuffer>;
  /** The JSON gzipped, made on first use: compressing 200 comments on every request would cost more than the query. */
  gzip: () => Uint8Array<ArrayBuffer>;
  etag: string;
}

/**
 * Serialized comment lists per post, kept for `ttlMs`. A status change made
 * through this process invalidates its post at once; the TTL bounds how long
 * another process's change (another serverless instance, a moderator tool)
 * stays unseen. Concurrent misses for one post share one database query.
 */
export class ListCache {
  readonly #entries = new Map<string, { value: Promise<CachedList>; expires: number }>();
  readonly #ttlMs: number;

  constructor(ttlMs = 10_000) {
    this.#ttlMs = ttlMs;
  }

  /** The cached list for `post`, or the one `load` builds (and the cache keeps). */
  get(post: string, now: number, load: () => Promise<unknown>): Promise<CachedList> {
    const entry = this.#entries.get(post);
    if (entry && entry.expires > now) return entry.value;
    const value = load().then(serialize);
    this.#entries.set(post, { value, expires: now + this.#ttlMs });
    // A failed load is not cached: the next reader tries again.
    value.catch(() => this.#entries.get(post)?.value === value && this.#entries.delete(post));
    return value;
  }

  /** Forgets `post`'s list, after a comment on it was approved or withdrawn. */
  invalidate(post: string): void {
    this.#entries.delete(post);
  }

  /** Forgets every list (after changes made outside the service, e.g. a test emptying the table). */
  clear(): void {
    this.#entries.clear();
  }
}

function serialize(body: unknown): CachedList {
  const json = JSON.stringify(body);
  let gzip: Uint8Array<ArrayBuffer> | undefined;
  return { json, bytes: new TextEncoder().encode(json), gzip: () => (gzip ??= new Uint8Array(gzipSync(json))), etag: `"${createHash('sha1').update(json).digest('base64url')}"` };
}
