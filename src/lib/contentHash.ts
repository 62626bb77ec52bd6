import { createHash } from 'node:crypto';

/** A short, stable hash of some values, for cache keys and file names. */
export function contentHash(...parts: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 16);
}
