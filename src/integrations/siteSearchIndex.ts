import { buildSearchIndex, type SearchIndexFiles } from '../lib/search/buildSearchIndex.ts';
import { searchDocuments } from '../lib/search/searchDocuments.ts';
import { readContentSnapshot } from './contentSnapshot.ts';

/** Which posts go into the index: the build's clock, and whether drafts are previewed (dev only). */
export interface SiteIndexOptions {
  contentDir: string;
  now: Date;
  includeUnpublished: boolean;
  /** Read the content folder again (the dev server, after an edit). */
  fresh?: boolean;
}

/** The search index of a content folder's published posts. */
export async function siteSearchIndex(options: SiteIndexOptions): Promise<SearchIndexFiles> {
  const { posts, authors } = await readContentSnapshot(options.contentDir, { fresh: options.fresh });
  const names = new Map(authors.map((author) => [author.id, String(author.data.name)]));
  return buildSearchIndex(searchDocuments(posts, names, options));
}
