import type { PostSummary } from './postTypes.ts';
import { byNewest } from './publishedPosts.ts';

const TAG_WEIGHT = 2;
const CATEGORY_WEIGHT = 1;

/**
 * Up to `limit` posts related to `post`: each shared tag counts twice, the
 * same category once; ties go to the newer post. Posts sharing nothing are
 * never suggested.
 */
export function relatedPosts<T extends PostSummary>(post: PostSummary, candidates: readonly T[], limit = 3): T[] {
  const tags = new Set(post.data.tags.map((tag) => tag.toLowerCase()));
  return candidates
    .filter((candidate) => candidate.id !== post.id)
    .map((candidate) => ({
      candidate,
      score:
        candidate.data.tags.filter((tag) => tags.has(tag.toLowerCase())).length * TAG_WEIGHT +
        (candidate.data.category === post.data.category ? CATEGORY_WEIGHT : 0),
    }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || byNewest(a.candidate, b.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
