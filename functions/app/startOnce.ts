/**
 * For a function instance that serves many calls: the first call runs `start`, later calls share its
 * result, and a start that failed (database away) is tried again by the next call instead of being kept.
 */
export function startOnce<T>(start: () => Promise<T>): () => Promise<T> {
  let started: Promise<T> | undefined;
  return () =>
    (started ??= start().catch((error: unknown) => {
      started = undefined;
      throw error;
    }));
}
