import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CATALOG_FILE } from '../functions/comments/postCatalog.ts';

/**
 * The least of a built site the comment service needs, in `<work>/site`: a
 * post catalog with the one benchmark article `postId`, and the folder of the
 * comments page. Resolves with the folder, for SITE_DIR.
 */
export async function writeBenchSite(work: string, postId: string): Promise<string> {
  const siteDir = join(work, 'site');
  await mkdir(join(siteDir, 'kommentare'), { recursive: true });
  await writeFile(join(siteDir, CATALOG_FILE), JSON.stringify({ posts: [{ id: postId, title: 'Benchmark-Artikel' }] }));
  return siteDir;
}
