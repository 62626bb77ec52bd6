import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { buildTime } from '../lib/buildTime.ts';
import { publishedPosts } from '../lib/publishedPosts.ts';
import { readingTime } from '../lib/readingTime.ts';

export type Post = CollectionEntry<'posts'>;
export type Author = CollectionEntry<'authors'>;

/** The moment this build started (or KLARTEXT_BUILD_TIME, never later): one clock for every page of a build. */
export const BUILD_TIME = buildTime(process.env.KLARTEXT_BUILD_TIME, new Date());

/**
 * The posts readers may see, newest first. The dev server also shows drafts
 * and scheduled posts (with a banner); a production build never does.
 */
export async function getPublishedPosts(): Promise<Post[]> {
  return publishedPosts(await getCollection('posts'), {
    now: BUILD_TIME,
    includeUnpublished: import.meta.env.KLARTEXT_SHOW_UNPUBLISHED === true,
  });
}

/** All authors by id. */
export async function getAuthors(): Promise<Map<string, Author>> {
  return new Map((await getCollection('authors')).map((author) => [author.id, author]));
}

/** One author; a post's reference is validated at build time, so this never misses. */
export async function getAuthor(id: string): Promise<Author> {
  const author = await getEntry('authors', id);
  if (!author) throw new Error(`Autor „${id}“ existiert nicht in content/authors/.`);
  return author;
}

const readingTimes = new Map<string, number>();

/** Minutes to read a post, computed once per post and build (lists show it on every card). */
export function readingTimeOf(post: Post): number {
  let minutes = readingTimes.get(post.id);
  if (minutes === undefined) readingTimes.set(post.id, (minutes = readingTime(post.body ?? '')));
  return minutes;
}
