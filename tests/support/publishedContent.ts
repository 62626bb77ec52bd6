import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { postIdFromPath } from '../../src/lib/postId.ts';

export interface PublishedPost {
  id: string;
  title: string;
  category: string;
  tags: string[];
  author: string;
  year: string;
}

/** The sample posts a production build must publish, read straight from the files. */
export async function publishedSamplePosts(now = new Date()): Promise<PublishedPost[]> {
  const dir = 'content/posts';
  const files = (await readdir(dir, { recursive: true })).filter((file) => /\.mdx?$/.test(file));
  const posts = await Promise.all(
    files.map(async (file) => ({ id: postIdFromPath(file), data: readFrontmatter(await readFile(join(dir, file), 'utf8')) })),
  );
  return posts
    .filter(({ data }) => data.draft !== true && new Date(String(data.pubDate)) <= now)
    .map(({ id, data }) => ({
      id,
      title: String(data.title),
      category: String(data.category),
      tags: (data.tags as string[]).map(String),
      author: String(data.author),
      year: String(data.pubDate).slice(0, 4),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}
