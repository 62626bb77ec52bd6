import type { PostSummary } from './postTypes.ts';

export interface PublicCorrection {
  postId: string;
  postTitle: string;
  date: Date;
  text: string;
  /** The wording before and after the correction, when the correction quotes them. */
  before?: string;
  after?: string;
}

type PostWithCorrections = PostSummary & { data: { factCheck?: { corrections: { date: Date; text: string; before?: string; after?: string }[] } } };

/** Every correction of the given posts, newest first (then by article), for /korrekturen/ and its feed. */
export function allCorrections(posts: readonly PostWithCorrections[]): PublicCorrection[] {
  return posts
    .flatMap((post) =>
      (post.data.factCheck?.corrections ?? []).map((correction) => ({
        postId: post.id,
        postTitle: post.data.title,
        date: correction.date,
        text: correction.text,
        ...(correction.before && correction.after ? { before: correction.before, after: correction.after } : {}),
      })),
    )
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.postId.localeCompare(b.postId));
}
