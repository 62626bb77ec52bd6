/** An approved comment as the API publishes it: never an e-mail or IP address. */
export interface PublicComment {
  id: string;
  parent: string | null;
  name: string;
  url: string | null;
  html: string;
  createdAt: string;
  /** When the author last changed it (shown as „bearbeitet“); absent or null if never. */
  editedAt?: string | null;
}

/** A top-level comment and every reply below it, oldest first. */
export interface CommentThread {
  comment: PublicComment;
  replies: PublicComment[];
}

/**
 * Groups comments (oldest first) into threads of one reply level: a reply to a
 * reply is shown with its thread's other replies. A reply whose parent is not
 * in the list (no longer approved) is shown on its own, so it is not lost.
 */
export function threadComments(comments: readonly PublicComment[]): CommentThread[] {
  const byId = new Map(comments.map((comment) => [comment.id, comment]));
  const threads = new Map<string, CommentThread>();
  const rootOf = (comment: PublicComment): string => {
    const seen = new Set<string>();
    let current = comment;
    while (current.parent && byId.has(current.parent) && !seen.has(current.parent)) {
      seen.add(current.id);
      current = byId.get(current.parent)!;
    }
    return current.id;
  };
  for (const comment of comments) {
    const root = rootOf(comment);
    if (root === comment.id) threads.set(root, { comment, replies: threads.get(root)?.replies ?? [] });
    else {
      const thread = threads.get(root) ?? { comment: byId.get(root)!, replies: [] };
      thread.replies.push(comment);
      threads.set(root, thread);
    }
  }
  return [...threads.values()];
}
