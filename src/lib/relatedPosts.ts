import type { PostSummary } from './postTypes.ts';
import { byNewest } from './publishedPosts.ts';

const TAG_WEIGHT = 2;
const CATEGORY_WEIGHT = 1;

const lowerTags = new WeakMap<PostSummary, string[]>();

/** A post's tags in lower case, computed once per post (a build asks for them n² times). */
function tagsOf(post: PostSummary): string[] {
  let tags = lowerTags.get(post);
  if (!tags) lowerTags.set(post, (tags = post.data.tags.map((tag) => tag.toLowerCase())));
  return tags;
}

/**
 * Up to `limit` posts related to `post`: each shared tag counts twice, the
 * same category once; ties go to the newer post. Posts sharing nothing are
 * never suggested.
 */
export function relatedPosts<T extends PostSummary>(post: PostSummary, candidates: readonly T[], limit = 3): T[] {
  const tags = new Set(tagsOf(post));
  const scored: { candidate: T; score: number }[] = [];
  for (const candidate of candidates) {
    if (candidate.id === post.id) continue;
    const score =
      tagsOf(candidate).filter((tag) => tags.has(tag)).length * TAG_WEIGHT +
      (candidate.data.category === post.data.category ? CATEGORY_WEIGHT : 0);
    if (score > 0) scored.push({ candidate, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || byNewest(a.candidate, b.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
