import { join } from 'node:path';
import { SiteFile } from '../http/siteFile.ts';

/** What the build publishes about each post for the comment service. */
export interface CatalogPost {
  id: string;
  title: string;
  /** When the post last changed (ISO 8601), if the build said so. */
  modified?: string;
}

/** The file the build writes into the site folder; see src/pages/comment-posts.json.ts. */
export const CATALOG_FILE = 'comment-posts.json';

/** Parses the catalog file; anything malformed is an error naming the file. */
export function parseCatalog(text: string): Map<string, CatalogPost> {
  const data = JSON.parse(text) as { posts?: unknown };
  if (!Array.isArray(data.posts)) throw new Error(`${CATALOG_FILE}: "posts" fehlt.`);
  return new Map(
    data.posts
      .filter((post): post is CatalogPost => typeof post?.id === 'string' && typeof post?.title === 'string')
      .map((post) => [post.id, { id: post.id, title: post.title, ...(typeof post.modified === 'string' ? { modified: post.modified } : {}) }]),
  );
}

/** The published posts a comment may belong to, read from the built site (`<siteDir>/comment-posts.json`). */
export class PostCatalog {
  readonly #file: SiteFile<Map<string, CatalogPost>>;

  constructor(siteDir: string, recheckMs?: number) {
    this.#file = new SiteFile(join(siteDir, CATALOG_FILE), parseCatalog, recheckMs);
  }

  /** The post with this id, if it is published. */
  async get(id: string): Promise<CatalogPost | undefined> {
    return (await this.#file.get())?.get(id);
  }

  /** How many posts are known (the health check shows it). */
  async size(): Promise<number> {
    return (await this.#file.get())?.size ?? 0;
  }
}
