import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getPublishedPosts } from '../data/posts.ts';
import { allCorrections } from '../lib/corrections.ts';
import { formatDate } from '../lib/formatDate.ts';
import { urls } from '../lib/urls.ts';
import { strings } from '../strings.ts';

/** Every correction as an RSS item, so readers who saw a wrong claim learn it was fixed. */
export async function GET(context: APIContext) {
  const corrections = allCorrections(await getPublishedPosts());
  return rss({
    title: strings.corrections.feedTitle,
    description: strings.corrections.feedDescription,
    site: context.site!,
    items: corrections.map((correction) => ({
      title: strings.corrections.itemTitle(correction.postTitle),
      // The link doubles as the item's guid, so each correction gets its own anchor.
      link: urls.correctionAnchor(correction.postId, correction.date),
      pubDate: correction.date,
      description: [`${formatDate(correction.date)}: ${correction.text}`, ...(correction.before && correction.after ? [`${strings.sources.correctionBefore} „${correction.before}“ ${strings.sources.correctionAfter} „${correction.after}“`] : [])].join(' '),
    })),
    customData: `<language>${strings.site.language}</language>`,
    trailingSlash: false, // links are complete already; a slash after "#anchor" would break them
  });
}
