import type { PostSummary } from './postTypes.ts';
import { slugify } from './slugify.ts';

export interface Term {
  name: string;
  slug: string;
  count: number;
}

function collectTerms(names: string[]): Term[] {
  const bySlug = new Map<string, Term>();
  for (const name of names) {
    const slug = slugify(name);
    const term = bySlug.get(slug);
    if (term) term.count += 1;
    else bySlug.set(slug, { name, slug, count: 1 });
  }
  return [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name, 'de'));
}

/** Every tag in use, once, with the number of posts carrying it, sorted by name. */
export function uniqueTags(posts: readonly PostSummary[]): Term[] {
  return collectTerms(posts.flatMap((post) => [...new Set(post.data.tags)]));
}

/** Every category in use, once, with its post count, sorted by name. */
export function uniqueCategories(posts: readonly PostSummary[]): Term[] {
  return collectTerms(posts.map((post) => post.data.category));
}

/** Posts carrying a tag, matched by slug so "Datenschutz" and "datenschutz" are one tag. */
export function postsWithTag<T extends PostSummary>(posts: readonly T[], tagSlug: string): T[] {
  return posts.filter((post) => post.data.tags.some((tag) => slugify(tag) === tagSlug));
}

/** Posts in a category, matched by slug. */
export function postsInCategory<T extends PostSummary>(posts: readonly T[], categorySlug: string): T[] {
  return posts.filter((post) => slugify(post.data.category) === categorySlug);
}
