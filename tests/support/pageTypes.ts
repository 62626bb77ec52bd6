import { urls } from '../../src/lib/urls.ts';
import type { PublishedPost } from './publishedContent.ts';

/** One address of every kind of page the site has, taken from the sample content. */
export function pageTypes(posts: PublishedPost[]): Record<string, string> {
  const post = posts[0]!;
  return {
    home: urls.home(),
    article: urls.post(post.id),
    tags: urls.tags(),
    tag: urls.tag(post.tags[0]!),
    category: urls.category(post.category),
    authors: urls.authors(),
    author: urls.author(post.author),
    archive: urls.archive(),
    archiveYear: urls.archiveYear(post.year),
    guidelines: urls.page('leitlinien'),
    privacy: urls.page('datenschutz'),
    imprint: urls.page('impressum'),
    corrections: urls.corrections(),
    search: urls.search(),
    searchResults: urls.searchApi('Kinder'),
    notFound: '/diese-seite-gibt-es-nicht/',
  };
}
