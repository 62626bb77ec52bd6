import { blogPosting } from '../lib/jsonLd.ts';
import { socialImage } from '../lib/socialImage.ts';
import { urls } from '../lib/urls.ts';
import { strings } from '../strings.ts';
import type { Author, Post } from './posts.ts';

/** The BlogPosting JSON-LD of a post, with absolute URLs for `site`. */
export function articleJsonLd(post: Post, author: Author, site: URL): Record<string, unknown> {
  const absolute = (path: string) => new URL(path, site).href;
  return blogPosting({
    url: absolute(urls.post(post.id)),
    title: post.data.title,
    description: post.data.lead,
    published: post.data.pubDate,
    modified: post.data.updatedDate,
    image: absolute(socialImage(post.id, post.data.hero)),
    author: { name: author.data.name, url: absolute(urls.author(author.id)) },
    publisher: { name: strings.site.name, url: absolute('/') },
    keywords: post.data.tags,
    section: post.data.category,
    citations: post.data.factCheck?.sources ?? [],
    language: strings.site.language,
  });
}
