/**
 * A corpus of synthetic posts with dates spread over several years. Pure:
 * the same options always give the same corpus.
 */
import { addDays, daysBetween, isoDate } from './calendar.ts';
import { createRandom } from './random.ts';
import { syntheticPost, type SyntheticPost } from './syntheticPost.ts';

/** The editor who reviews every post, and who reviews his own. */
export const REVIEWER = 'jonas-becker';
export const SECOND_REVIEWER = 'lena-hoffmann';

/** Settings for `generateCorpus`. */
export interface CorpusOptions {
  count: number;
  /** Ids of content/authors/*.json. */
  authorIds: readonly string[];
  /** The build's "now": every post is published the day before at the latest. */
  now: Date;
  /** First publication date (default 2019-01-01). */
  since?: string;
  seed?: number;
}

/** The reviewer for a post by `author` (never the author). */
export function reviewerFor(author: string): string {
  return author === REVIEWER ? SECOND_REVIEWER : REVIEWER;
}

/** Generates `count` posts, oldest first, each published between `since` and yesterday. */
export function generateCorpus(options: CorpusOptions): SyntheticPost[] {
  if (options.authorIds.length === 0) throw new Error('No authors to attribute posts to.');
  const random = createRandom(options.seed ?? 20_261_125);
  const since = options.since ?? '2019-01-01';
  const lastDay = addDays(isoDate(options.now), -1);
  const span = Math.max(0, daysBetween(since, lastDay));
  const posts: SyntheticPost[] = [];
  for (let index = 0; index < options.count; index++) {
    const offset = Math.min(span, Math.floor(((index + random.next()) * span) / options.count));
    const author = random.pick(options.authorIds);
    posts.push(
      syntheticPost(random, {
        index,
        pubDate: addDays(since, offset),
        author,
        reviewer: reviewerFor(author),
        earlier: posts.slice(-50),
      }),
    );
  }
  return posts;
}
