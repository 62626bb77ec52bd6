/**
 * The neighbours of a post in a newest-first list: `previous` is the older
 * post, `next` the newer one.
 */
export function adjacentPosts<T extends { id: string }>(
  newestFirst: readonly T[],
  id: string,
): { previous?: T; next?: T } {
  const index = newestFirst.findIndex((post) => post.id === id);
  if (index === -1) return {};
  return { previous: newestFirst[index + 1], next: index > 0 ? newestFirst[index - 1] : undefined };
}
