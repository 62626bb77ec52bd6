import type { PostSummary } from './postTypes.ts';
import { berlinYear } from './formatDate.ts';
import { byNewest } from './publishedPosts.ts';

export interface ArchiveYear<T> {
  year: string;
  posts: T[];
}

/** Posts grouped by year of publication (Europe/Berlin), newest year and post first. */
export function groupByYear<T extends PostSummary>(posts: readonly T[]): ArchiveYear<T>[] {
  const years = new Map<string, T[]>();
  for (const post of [...posts].sort(byNewest)) {
    const year = berlinYear(post.data.pubDate);
    const group = years.get(year);
    if (group) group.push(post);
    else years.set(year, [post]);
  }
  return [...years].map(([year, yearPosts]) => ({ year, posts: yearPosts })).sort((a, b) => b.year.localeCompare(a.year));
}
