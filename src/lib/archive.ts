import type { PostSummary } from './postTypes.ts';
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
    years.set(year, [...(years.get(year) ?? []), post]);
  }
  return [...years].map(([year, yearPosts]) => ({ year, posts: yearPosts })).sort((a, b) => b.year.localeCompare(a.year));
}

function berlinYear(date: Date): string {
  return new Intl.DateTimeFormat('de-DE', { year: 'numeric', timeZone: 'Europe/Berlin' }).format(date);
}
