import { cp, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateCorpus } from './corpus.ts';
import type { SyntheticPost } from './syntheticPost.ts';

/** The ids of the authors in a content folder (`authors/<id>.json`). */
export async function authorIdsIn(contentDir: string): Promise<string[]> {
  const files = await readdir(join(contentDir, 'authors'));
  return files.filter((file) => file.endsWith('.json')).map((file) => file.replace(/\.json$/, '')).sort();
}

/**
 * Fills `targetDir` with the layout of docs/content-model.md: the project's
 * authors and pages, copied, and `count` synthetic posts.
 */
export async function writeSyntheticContent(options: {
  projectContentDir: string;
  targetDir: string;
  count: number;
  now: Date;
}): Promise<SyntheticPost[]> {
  const { projectContentDir, targetDir } = options;
  await cp(join(projectContentDir, 'authors'), join(targetDir, 'authors'), { recursive: true });
  await cp(join(projectContentDir, 'pages'), join(targetDir, 'pages'), { recursive: true });
  const posts = generateCorpus({ count: options.count, authorIds: await authorIdsIn(projectContentDir), now: options.now });
  const years = new Set(posts.map((post) => post.year));
  await Promise.all([...years].map((year) => mkdir(join(targetDir, 'posts', year), { recursive: true })));
  for (const post of posts) {
    await writeFile(join(targetDir, 'posts', post.year, `${post.slug}.mdx`), post.source);
  }
  return posts;
}
