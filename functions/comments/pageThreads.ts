import type { PublicComment } from '../../src/lib/comments/commentThread.ts';

/** Top-level threads per page of the list (issue 15). */
export const THREADS_PER_PAGE = 50;

export type CommentSort = 'oldest' | 'newest';

/** One page of a post's comments: whole threads, and how many pages there are. */
export interface CommentPage {
  comments: PublicComment[];
  page: number;
  pages: number;
}

/**
 * Page `page` (1-based) of `comments` (approved, oldest first): at most
 * `perPage` top-level threads in `sort` order, tie-broken by id, each with
 * all its replies (oldest first). A reply whose parent is not in the list
 * counts as a thread of its own, so every comment is on exactly one page.
 */
export function pageThreads(comments: PublicComment[], page: number, sort: CommentSort, perPage = THREADS_PER_PAGE): CommentPage {
  const ids = new Set(comments.map((comment) => comment.id));
  const rootOf = new Map<string, string>();
  const byId = new Map(comments.map((comment) => [comment.id, comment]));
  const findRoot = (comment: PublicComment): string => {
    const known = rootOf.get(comment.id);
    if (known) return known;
    const seen = new Set<string>();
    let current = comment;
    while (current.parent && ids.has(current.parent) && !seen.has(current.id)) {
      seen.add(current.id);
      current = byId.get(current.parent)!;
    }
    rootOf.set(comment.id, current.id);
    return current.id;
  };
  const byOrder = (a: PublicComment, b: PublicComment) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const roots = comments.filter((comment) => findRoot(comment) === comment.id).sort(byOrder);
  if (sort === 'newest') roots.reverse();
  const pages = Math.max(1, Math.ceil(roots.length / perPage));
  const chosen = new Set(roots.slice((page - 1) * perPage, page * perPage).map((root) => root.id));
  const rank = new Map([...chosen].map((id, index) => [id, index]));
  const members = comments.filter((comment) => chosen.has(findRoot(comment)));
  members.sort((a, b) => rank.get(findRoot(a))! - rank.get(findRoot(b))! || byOrder(a, b));
  return { comments: members, page, pages };
}
