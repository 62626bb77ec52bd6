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
 * Serialized comment lists per post and list version (functions/comments/listVersions.ts).
 * Every change made through the service raises the post's version in the
 * database, and each request compares it, so a decision on one instance shows
 * on every other instance's next request. `ttlMs` only bounds how long a change
 * made around the service (a script writing the table directly) stays unseen.
 * Concurrent misses for one post and version share one database query.
 */
export class ListCache {
  readonly #entries = new Map<string, { value: Promise<CachedList>; version: number; expires: number }>();
  readonly #ttlMs: number;

  constructor(ttlMs = 10_000) {
    this.#ttlMs = ttlMs;
  }

  /**
   * The cached list for `post` at `version`, or the one `load` builds (and the cache keeps).
   * `variant` names one page and sort of the list; every variant of a post shares its version,
   * so one change to the post retires all its pages at once.
   */
  get(post: string, version: number, now: number, load: () => Promise<unknown>, variant = ''): Promise<CachedList> {
    const key = `${post}\u0000${variant}`;
    const entry = this.#entries.get(key);
    if (entry && entry.version === version && entry.expires > now) return entry.value;
    const value = load().then(serialize);
    this.#entries.set(key, { value, version, expires: now + this.#ttlMs });
    // A failed load is not cached: the next reader tries again.
    value.catch(() => this.#entries.get(key)?.value === value && this.#entries.delete(key));
    return value;
  }

  /** Forgets `post`'s list in this process (the database version tells the others). */
  invalidate(post: string): void {
    for (const key of this.#entries.keys()) if (key.startsWith(`${post}\u0000`)) this.#entries.delete(key);
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
