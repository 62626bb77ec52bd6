import { rm } from 'node:fs/promises';
import * as pagefind from 'pagefind';
import type { SearchDocument } from '../../src/lib/search/searchDocuments.ts';
import { documentDates } from '../../src/lib/search/searchDocuments.ts';

/**
 * Indexes the same documents with Pagefind's Node API (German, one custom
 * record per article with the same text lunr gets) into `outputPath`.
 */
export async function buildPagefindIndex(documents: readonly SearchDocument[], outputPath: string): Promise<void> {
  await rm(outputPath, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  for (const document of documents) {
    const result = await index.addCustomRecord({
      url: document.url,
      content: [document.title, document.lead, document.tags.join(' '), document.category, document.author, document.headings.join(' '), document.body].join('\n'),
      language: 'de',
      meta: { title: document.title, date: documentDates(document).dateLabel, category: document.category },
    });
    if (result.errors.length > 0) throw new Error(`Pagefind: ${result.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await index.deleteIndex();
}

/** Stops Pagefind's background service. */
export function closePagefind(): Promise<null> {
  return pagefind.close();
}
